export type { BookedSession, Change, Clashing, Disposition, RevisionChange, SessionNaming } from './revision-change.js';
export { revisionChanges } from './revision-changes.js';
export { revisionLines } from './revision-words.js';
export type { RevisionReviews } from './revision-words.js';
export { othersBusy } from './clashes.js';
export { wantedSessions, isBookable } from './wanted-sessions.js';
export type { WantedSession } from './wanted-sessions.js';
export { shifted } from './session-times.js';
