/**
 * Run with the tsx CLI by worker-planner.test.ts, as `npm start` and `npm run bot` run the bot: plans the demo's
 * on-site week in the planner's pool, closes the pool, and must then exit by itself.
 */
import { readFileSync } from 'node:fs';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { WorkerPlanner } from '../../src/planner/worker-planner.js';

const parsed = parseReviewFile(readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const planner = new WorkerPlanner({ maxThreads: 1, timeLimitSeconds: 30 });
const planned = await planner.planOnSite(parsed.value, fileBusy(parsed.value), []);
console.log(planned.ok ? `${planned.plan.placed.length} placed` : 'stopped');
await planner.close();
