import { NOTE_KINDS, type NoteKind, type ThemeCollection } from '../../domain/notes/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';

const HEADINGS: Record<NoteKind, string> = {
  strength: 'Strengths',
  areaForConsideration: 'Areas for consideration',
  evidence: 'Evidence',
  followUp: 'Follow-ups',
};

/** One theme's notes grouped by kind, in the collection's (alphabetical) order. No dates, no authors. */
export const themeCard = ({ theme, notes }: ThemeCollection): CardJson => {
  const total = NOTE_KINDS.reduce((sum, kind) => sum + notes[kind].length, 0);
  return renderCard('theme', {
    title: theme.title,
    summary: total === 0 ? 'No notes under this theme yet.' : `${total} ${total === 1 ? 'note' : 'notes'}, sorted alphabetically within each kind.`,
    groups: NOTE_KINDS.map((kind) => ({ heading: `${HEADINGS[kind]} (${notes[kind].length})`, texts: notes[kind] })),
  });
};
