export { proposeCaseReviews } from './propose-case-reviews.js';
