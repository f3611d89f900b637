export type { BookedSession, Change, Clashing, Disposition, RevisionChange, SessionNaming } from './revision-change.js';
export { othersBusy } from './clashes.js';
export { revisionChanges } from './revision-changes.js';
export { revisionLines } from './revision-words.js';
export type { RevisionReviews } from './revision-words.js';
export { bookedPart, isBookable, wantedSessions } from './wanted-sessions.js';
export type { Part, WantedSession } from './wanted-sessions.js';
export { shifted } from './session-times.js';
