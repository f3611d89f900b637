/**
 * The thread entry under tsx (`npm start`, the tests): no TypeScript loader reaches a worker thread on Node 20,
 * neither tsx's nor vitest's, and `--import` in a worker's execArgv registers no hooks there. So the thread
 * registers tsx itself, then loads the tasks. The built bot (`node dist/index.js`) loads plan-tasks.js directly.
 */
import { register } from 'tsx/esm/api';

register();
const { planOnSite, planCaseReviews } = await import('./plan-tasks.ts');

export { planCaseReviews, planOnSite };
