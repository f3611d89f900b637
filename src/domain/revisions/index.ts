export type { BookedSession, Change, Clashing, Disposition, RevisionChange, SessionNaming } from './revision-change.js';
export { othersBusy } from './clashes.js';
export { revisionChanges } from './revision-changes.js';
export { revisionLines } from './revision-words.js';
export type { RevisionReviews } from './revision-words.js';
export { bookedPart } from './wanted-sessions.js';
export type { Part } from './wanted-sessions.js';
