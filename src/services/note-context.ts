/**
 * What a note card is about, carried through the card's actions as one opaque string and never stored
 * with the note: the session it follows (for its attendees' names), or the note being corrected.
 */
export type NoteContext =
  | { kind: 'new' }
  | { kind: 'session'; bookingId: string }
  | { kind: 'correction'; noteId: string; token: string };

export const writeNoteContext = (context: NoteContext): string => {
  switch (context.kind) {
    case 'new':
      return 'new';
    case 'session':
      return `session:${context.bookingId}`;
    case 'correction':
      return `correction:${context.noteId}:${context.token}`;
  }
};

/** Anything unreadable is a plain new note: the context only adds names to redact, or says which note to replace. */
export const readNoteContext = (value: unknown): NoteContext => {
  const parts = typeof value === 'string' ? value.split(':') : [];
  if (parts[0] === 'session' && parts.length === 2 && parts[1]) return { kind: 'session', bookingId: parts[1] };
  if (parts[0] === 'correction' && parts.length === 3 && parts[1] && parts[2]) return { kind: 'correction', noteId: parts[1], token: parts[2] };
  return { kind: 'new' };
};
