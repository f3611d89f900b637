export { unfinishedProgrammes } from './booking-tally.js';
export { formatReviewTimetable, reviewProgramme } from './programme.js';
export { duePrompts } from './prompts-due.js';
export type { DuePrompt } from './prompts-due.js';
export { fixedItemId, initials, isFixedItemId, timetableGrid } from './timetable-grid.js';
export type { GridBand, GridCell, GridDay, GridFixed, GridPeer, GridRow, GridSession, TimetableGrid } from './timetable-grid.js';
export { caseReviewTitle, sessionSubject, sessionTitle } from './session-subject.js';
