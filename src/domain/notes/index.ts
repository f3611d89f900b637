export { collect, summarise } from './collections.js';
export type { Gap, ThemeSummary } from './collections.js';
export { NOTE_TEXT_MAX, findTheme, readNoteDraft, readNoteInput } from './note-input.js';
export type { NoteInput } from './note-input.js';
export { lastReleaseBefore, nextRelease, releaseDue, releasesOn } from './note-release.js';
export type { Release, ReleaseKind } from './note-release.js';
export { namesToRedact, noteDay, noteStillOpen, settingsToRedact } from './note-rules.js';
export { NOTE_KINDS, NOTE_KIND_LABELS, isNoteKind } from './note.js';
export type { CollectionsExport, Note, NoteKind, ThemeCollection } from './note.js';
