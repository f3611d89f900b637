export type { CaseReviewPlan, PlacedCase } from './case-review-plan.js';
export { checkCaseReviewPlan } from './check.js';
export { planCaseReviews } from './plan-case-reviews.js';
