export { importReview, mayImport } from './import-review.js';
