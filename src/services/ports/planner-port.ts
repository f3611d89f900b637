/**
 * The planners behind a port: they are pure but can take seconds on a large review, so the bot runs them in a
 * worker thread with a time limit (src/planner/). Plain data in and out, as the planners take and give it.
 */
import type { CaseReviewPlan } from '../../domain/case-reviews/index.js';
import type { HeldSession, OnSitePlan } from '../../domain/on-site/index.js';
import type { BusyByPerson, Review } from '../../domain/shared/index.js';

/** The plan, or that it was stopped at the time limit. */
export type Planned<T> = { ok: true; plan: T } | { ok: false; limitSeconds: number };

export interface Planner {
  planOnSite(review: Review, busy: BusyByPerson, held: readonly HeldSession[]): Promise<Planned<OnSitePlan>>;
  planCaseReviews(review: Review, busy: BusyByPerson): Promise<Planned<CaseReviewPlan>>;
}
