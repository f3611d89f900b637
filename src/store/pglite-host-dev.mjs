/**
 * The PGlite thread's entry under tsx (`npm start`, the tests): no TypeScript loader reaches a worker thread on
 * Node 20, so the thread registers tsx itself (as src/planner/plan-worker-dev.mjs does). Built, pglite-host.js runs.
 */
import { register } from 'tsx/esm/api';

register();
await import('./pglite-host.ts');
