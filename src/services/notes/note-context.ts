/**
 * What a note card is about, carried through the card's actions as one opaque string and never stored
 * with the note: a new note, or the note being corrected. A prompt after a session carries no session either:
 * every note is redacted of everyone the review and its bookings know, so nothing needs it.
 */
export type NoteContext = { kind: 'new' } | { kind: 'correction'; noteId: string; token: string };

export const writeNoteContext = (context: NoteContext): string => {
  switch (context.kind) {
    case 'new':
      return 'new';
    case 'correction':
      return `correction:${context.noteId}:${context.token}`;
  }
};

/** Anything else is a plain new note, the session context of older prompt cards included. */
export const readNoteContext = (value: unknown): NoteContext => {
  const parts = typeof value === 'string' ? value.split(':') : [];
  if (parts[0] === 'correction' && parts.length === 3 && parts[1] && parts[2]) return { kind: 'correction', noteId: parts[1], token: parts[2] };
  return { kind: 'new' };
};
