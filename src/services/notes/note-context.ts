/**
 * What a note card is about, carried through the card's actions as one opaque string and never stored
 * with the note: a new note, or the note being corrected. A prompt after a session carries no session either:
 * every note is redacted of everyone the review and its bookings know, so nothing needs it.
 */
export type NoteContext = { kind: 'new' } | { kind: 'correction'; token: string };

export const writeNoteContext = (context: NoteContext): string => {
  switch (context.kind) {
    case 'new':
      return 'new';
    case 'correction':
      return `correction:${context.token}`;
  }
};

/**
 * Anything else is a plain new note, the session context of older prompt cards included. Cards sent before notes were
 * found by their token alone also carry the note's id (correction:<id>:<token>): the token is what counts.
 */
export const readNoteContext = (value: unknown): NoteContext => {
  const parts = typeof value === 'string' ? value.split(':') : [];
  const token = parts.at(-1);
  if (parts[0] === 'correction' && (parts.length === 2 || parts.length === 3) && token) return { kind: 'correction', token };
  return { kind: 'new' };
};
