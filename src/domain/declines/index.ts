export { alternativeTimes } from './alternative-times.js';
export { caseReviewsAsBooked, onSitePlanAsBooked } from './as-booked.js';
export { MAX_ALTERNATIVES, MAX_REPLACEMENTS } from './decline.js';
export type { AlternativeTime, DeclinedSession, Replacement } from './decline.js';
export { alternativeWords, declineWords, NO_ALTERNATIVE } from './decline-words.js';
export type { Declined, DeclineWords } from './decline-words.js';
export { replacements } from './replacements.js';
