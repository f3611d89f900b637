/** The planners on the test's own thread, for service tests: same plans as the worker pool, no time limit. */
import { planCaseReviews } from '../../src/domain/case-reviews/plan-case-reviews.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import type { Result } from '../../src/domain/shared/user-error.js';
import type { Planner } from '../../src/services/ports/planner-port.js';

export const inThreadPlanner: Planner = {
  planOnSite: async (review, busy, held) => ({ ok: true, plan: planOnSite(review, busy, held) }),
  planCaseReviews: async (review, busy) => ({ ok: true, plan: planCaseReviews(review, busy) }),
};

/** A proposal checked and planned in one go, as the chat does in two steps (answer first, plan after). */
export const plannedNow = async <T>(planning: Promise<Result<{ run(): Promise<Result<T>> }>>): Promise<Result<T>> => {
  const checked = await planning;
  return checked.ok ? checked.value.run() : checked;
};
