export type { CaseReviewPlan } from './case-review-plan.js';
export { planCaseReviews } from './plan-case-reviews.js';
