/**
 * The module each thread of the planner pool loads (worker-planner.ts): one export per task name. JavaScript,
 * because no TypeScript loader reaches a worker thread on Node 20: neither tsx's (the bot runs under tsx) nor
 * vitest's, and `--import` in a worker's execArgv registers no hooks there. So the thread registers tsx itself.
 */
import { register } from 'tsx/esm/api';

register();
const [{ planOnSite: planWeek }, { planCaseReviews: planCases }] = await Promise.all([
  import('../domain/on-site/plan-on-site.ts'),
  import('../domain/case-reviews/plan-case-reviews.ts'),
]);

export const planOnSite = ({ review, busy, held }) => planWeek(review, busy, held);

export const planCaseReviews = ({ review, busy }) => planCases(review, busy);
