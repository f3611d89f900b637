export { addNoteActionRoutes } from './note-actions.js';
export { askBeforePurge, concernsCommand, exportCommand, handOverWaitingConcerns, noteCommand, purgeCommand, releaseNotesCommand, themeCommand, themesCommand } from './note-commands.js';
