/** What each thread of the planner pool runs (worker-planner.ts): one export per task name. */
import { planCaseReviews as planCases } from '../domain/case-reviews/index.js';
import { planOnSite as planWeek, type HeldSession } from '../domain/on-site/index.js';
import type { BusyByPerson, Review } from '../domain/shared/index.js';

interface Task {
  review: Review;
  busy: BusyByPerson;
}

export const planOnSite = ({ review, busy, held }: Task & { held: readonly HeldSession[] }) => planWeek(review, busy, held);

export const planCaseReviews = ({ review, busy }: Task) => planCases(review, busy);
