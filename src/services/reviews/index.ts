export { dropHeld, importHeld, importReview, mayImport } from './import-review.js';
export { chooseReview, listReviews } from './review-list.js';
