/**
 * Notes gathered per theme, like the post-it wall in the base room, and what each theme still lacks.
 * Texts are sorted, so nothing about who wrote what, or when, can be read from their order.
 */
import { findGaps, type Gap, type GapOptions } from './collection-gaps.js';
import { NOTE_KINDS, type Note, type NoteKind, type ThemeCollection } from './note.js';
import type { Theme } from '../shared/index.js';

export type { Gap, GapOptions } from './collection-gaps.js';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Alphabetical, ignoring case and accents; texts equal to the collator fall back to code-unit order so the result never depends on input order. */
export const compareTexts = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const emptyByKind = <T>(make: () => T): Record<NoteKind, T> =>
  Object.fromEntries(NOTE_KINDS.map((kind) => [kind, make()])) as Record<NoteKind, T>;

/** One collection per theme, in the review's order; a note under several themes appears under each. */
export const collect = (themes: Theme[], notes: Note[]): ThemeCollection[] =>
  themes.map((theme) => {
    const byKind = emptyByKind<string[]>(() => []);
    for (const note of notes) if (note.themes.includes(theme.id)) byKind[note.kind].push(note.text);
    for (const kind of NOTE_KINDS) byKind[kind].sort(compareTexts);
    return { theme: { id: theme.id, title: theme.title }, notes: byKind };
  });

export interface ThemeSummary {
  theme: { id: string; title: string };
  counts: Record<NoteKind, number>;
  total: number;
  gaps: Gap[];
}

/** Counts by kind and the gaps of each theme. */
export const summarise = (collections: ThemeCollection[], options: GapOptions = {}): ThemeSummary[] =>
  collections.map((collection) => {
    const counts = emptyByKind(() => 0);
    for (const kind of NOTE_KINDS) counts[kind] = collection.notes[kind].length;
    const total = NOTE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
    return { theme: collection.theme, counts, total, gaps: findGaps(collection, options) };
  });
