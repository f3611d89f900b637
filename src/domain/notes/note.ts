/**
 * A peer's note, as the manual's post-it under a theme. Non-attributable by construction: it holds
 * no author, no session, no attendee and no time finer than the day (manual, Appendix 2 iii).
 */
export const NOTE_KINDS = ['strength', 'areaForConsideration', 'evidence', 'followUp'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  strength: 'Strength',
  areaForConsideration: 'Area for consideration',
  evidence: 'Evidence',
  followUp: 'Follow-up',
};

export const isNoteKind = (value: unknown): value is NoteKind =>
  typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);

export interface Note {
  /** Random, not time-ordered. */
  id: string;
  reviewId: string;
  /** Theme ids of the review; at least one. */
  themes: string[];
  kind: NoteKind;
  /** Already redacted. */
  text: string;
  /** yyyy-MM-dd in the review's zone. */
  day: string;
}

/** One theme's notes, grouped by kind: the post-its under one heading on the base-room wall. */
export interface ThemeCollection {
  theme: { id: string; title: string };
  notes: Record<NoteKind, string[]>;
}

/** What an export carries: the review's name and its collections. No dates, no authors. */
export interface CollectionsExport {
  reviewName: string;
  themes: ThemeCollection[];
}
