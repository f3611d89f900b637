export { parseReviewFile } from './parse-review-file.js';
export { datesAhead, earliestDate, shiftWeeks, weeksApart } from './dates-ahead.js';
export { parseReminders } from './reminders-schema.js';
export { reviewAsFile } from './review-as-file.js';
export type { ReviewFileData } from './review-as-file.js';
