export { unfinishedProgrammes } from './booking-tally.js';
export { formatReviewTimetable, reviewProgramme } from './programme.js';
export { duePrompts } from './prompts-due.js';
export type { DuePrompt } from './prompts-due.js';
