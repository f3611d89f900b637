export { importHeld, importReview, mayImport } from './import-review.js';
export type { Imported } from './import-review.js';
export { chooseReview, listReviews } from './review-list.js';
export type { ReviewListing } from './review-list.js';
