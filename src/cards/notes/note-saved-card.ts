import { NOTE_KIND_LABELS, type Note } from '../../domain/notes/index.js';
import type { Release } from '../../domain/notes/index.js';
import { clockTime, localDate, localDay, type Theme } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';

export type SavedNote = Pick<Note, 'themes' | 'kind' | 'text'>;

/**
 * What the author sees after Save. Only `saved` offers Correct and Delete, and only it carries the
 * capability token; the others are final.
 */
export type SavedNoteView =
  | { state: 'saved'; note: SavedNote; token: string; corrected?: boolean; joins: JoinsAt }
  /** The day is over: the note stays, but can no longer be changed. */
  | { state: 'closed'; note: SavedNote }
  /** No text: a deleted note should not linger in the chat. */
  | { state: 'deleted' }
  /** text: the concern as sent; status: whom it reached. */
  | { state: 'concern'; text: string; status?: string };

/** When a held note joins the collections: the release, told in the review's zone from `now`. */
export interface JoinsAt {
  release: Release;
  now: string;
  zone: string;
}

const AT: Record<Release['kind'], string> = { teamMeeting: ', the team meeting', dayEnd: ', the end of the day', setting: '', hourly: '' };

/** "by 12:30, the team meeting": by, as a release can come sooner (release notes). */
export const releaseBy = ({ release, now, zone }: JoinsAt): string => {
  const day = localDate(release.at, zone) === localDate(now, zone) ? '' : ` on ${localDay(release.at, zone)}`;
  return `by ${clockTime(release.at, zone)}${day}${AT[release.kind]}`;
};

const joinsText = (joins: JoinsAt): string => `It joins the collections ${releaseBy(joins)}, with the other notes saved before then.`;

const titles = (themes: Theme[], ids: string[]) => themes.filter((t) => ids.includes(t.id)).map((t) => t.title).join(', ');

const noteFields = (themes: Theme[], note: SavedNote) => ({
  text: note.text,
  themes: titles(themes, note.themes),
  kind: NOTE_KIND_LABELS[note.kind],
  showFacts: true,
});

const EMPTY = { text: '', themes: '', kind: '', showFacts: false, editable: false, token: '', headingColor: 'Default' };

const fields = (themes: Theme[], view: SavedNoteView) => {
  switch (view.state) {
    case 'saved':
      return {
        ...noteFields(themes, view.note),
        heading: view.corrected ? 'Note corrected' : 'Note saved',
        status: `${joinsText(view.joins)} You can correct or delete it until the end of today.`,
        editable: true,
        token: view.token,
      };
    case 'closed':
      return { ...noteFields(themes, view.note), heading: 'Note saved', status: 'This note can no longer be corrected or deleted.' };
    case 'deleted':
      return { heading: 'Note deleted', status: 'It is not in any collection.' };
    case 'concern':
      return {
        text: view.text,
        heading: 'Concern sent',
        headingColor: 'Attention',
        status: `${view.status ?? 'Sent privately to the challenge manager and team lead.'} It is not in any collection.`,
      };
  }
};

export const noteSavedCard = (themes: Theme[], view: SavedNoteView): CardJson =>
  renderCard('note-saved', { ...EMPTY, ...fields(themes, view), verbs: { correct: VERBS.correctNote, delete: VERBS.deleteNote } });
