export { dropHeld, importHeld, importReview, mayImport } from './import-review.js';
export type { DemoDates } from './import-review.js';
export { chooseReview, listReviews } from './review-list.js';
export { bookedSessions } from './booked-sessions.js';
export { importHeldCancelling } from './import-held-cancelling.js';
