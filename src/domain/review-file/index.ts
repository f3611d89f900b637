export { parseReviewFile } from './parse-review-file.js';
