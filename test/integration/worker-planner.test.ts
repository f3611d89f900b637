import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { planCaseReviews } from '../../src/domain/case-reviews/plan-case-reviews.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import type { Review } from '../../src/domain/shared/review.js';
import { WorkerPlanner } from '../../src/planner/worker-planner.js';
import { slowest } from '../support/large-review.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const parsed = parseReviewFile(readFileSync(new URL('examples/shropshire-2026.yaml', `file://${ROOT}`), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const demo = parsed.value;

/** The longest the event loop went without running a 20 ms timer while `work` ran. */
const longestStall = async <T>(work: Promise<T>): Promise<{ result: T; stallMs: number }> => {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 20);
  try {
    return { result: await work, stallMs };
  } finally {
    clearInterval(ticker);
  }
};

let planner: WorkerPlanner | undefined;
afterEach(async () => planner?.close());

describe('the planner pool', () => {
  it('plans in a worker thread exactly as on the test’s own thread', async () => {
    planner = new WorkerPlanner({ maxThreads: 1, timeLimitSeconds: 30 });
    const busy = fileBusy(demo);
    expect(await planner.planOnSite(demo, busy, [])).toEqual({ ok: true, plan: planOnSite(demo, busy) });
    expect(await planner.planCaseReviews(demo, busy)).toEqual({ ok: true, plan: planCaseReviews(demo, busy) });
  });

  it('leaves the event loop free, stops a plan at the time limit, and plans again after', async () => {
    planner = new WorkerPlanner({ maxThreads: 1, timeLimitSeconds: 2 });
    const review: Review = slowest();
    const started = performance.now();
    const { result, stallMs } = await longestStall(planner.planOnSite(review, fileBusy(review), []));
    const tookMs = performance.now() - started;
    expect(result).toEqual({ ok: false, limitSeconds: 2 });
    expect(tookMs).toBeGreaterThanOrEqual(1_900);
    expect(tookMs).toBeLessThan(4_000);
    expect(stallMs).toBeLessThan(200);
    expect(await planner.planOnSite(demo, fileBusy(demo), [])).toMatchObject({ ok: true, plan: { unplaced: [] } });
  });

  it('close stops a running plan at once', async () => {
    planner = new WorkerPlanner({ maxThreads: 1, timeLimitSeconds: 60 });
    const review = slowest();
    const running = planner.planOnSite(review, fileBusy(review), []);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = performance.now();
    const stopped = expect(running).rejects.toThrow('Terminating worker thread');
    await planner.close();
    await stopped;
    expect(performance.now() - started).toBeLessThan(1_000);
    planner = undefined;
  });

  it('runs under the tsx CLI too, as the bot does, and holds nothing that keeps the process alive', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'test/support/plan-in-worker.ts'], { cwd: ROOT, timeout: 30_000 });
    expect(stdout.trim()).toBe('32 placed');
  });
});
