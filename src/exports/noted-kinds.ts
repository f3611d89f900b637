import { NOTE_KINDS, type NoteKind, type ThemeCollection } from '../domain/notes/index.js';
import { noteLines } from './plain-text.js';

/** What an export says under a theme that has no notes. */
export const NO_NOTES = 'No notes.';

/** The kinds under a theme that have notes, in NOTE_KINDS order, each note as its lines. */
export const notedKinds = (collection: ThemeCollection): { kind: NoteKind; notes: string[][] }[] =>
  NOTE_KINDS.map((kind) => ({ kind, notes: noteLines(collection.notes[kind]) })).filter(({ notes }) => notes.length > 0);
