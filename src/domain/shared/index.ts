export { describePerson } from './describe-person.js';
export { dayWindow, fileBusy, isFree, localToUtc, mergeBusy, overlaps } from './intervals.js';
export { CASE_CATEGORIES, ROLES } from './review.js';
export type { BusyByPerson, Case, CaseCategory, CaseReviews, DayWindow, LocalBusy, Peer, Person, Review, Theme, UtcInterval } from './review.js';
export { ok, userError } from './user-error.js';
export type { Result, UserError } from './user-error.js';
export { clash, isFreeFor } from './spans.js';
export type { Span } from './spans.js';
export { joinAnd, joinWith, plural } from './words.js';
