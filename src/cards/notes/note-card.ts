import { NOTE_KINDS, NOTE_KIND_LABELS } from '../../domain/notes/index.js';
import { NOTE_TEXT_MAX, type NoteInput } from '../../domain/notes/index.js';
import type { RedactionKind } from '../../domain/redaction/index.js';
import type { Theme } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';

/** How many details redaction removed, by kind: redact()'s counts (a missing kind counts as none). */
export type RedactionCounts = Partial<Record<RedactionKind, number>>;

const REMOVED: { key: RedactionKind; one: string; many: string }[] = [
  { key: 'name', one: 'name', many: 'names' },
  { key: 'email', one: 'email address', many: 'email addresses' },
  { key: 'phone', one: 'phone number', many: 'phone numbers' },
  { key: 'time', one: 'time', many: 'times' },
  { key: 'setting', one: 'setting', many: 'settings' },
];

/** "2 names, 1 time, 1 setting removed.", or "Nothing identifying found.". */
export const removedText = (counts: RedactionCounts): string => {
  const parts = REMOVED.flatMap(({ key, one, many }) => {
    const n = counts[key] ?? 0;
    return n > 0 ? [`${n} ${n === 1 ? one : many}`] : [];
  });
  return parts.length > 0 ? `${parts.join(', ')} removed.` : 'Nothing identifying found.';
};

// The placeholders redact() writes, shown in bold so the peer sees what was taken out.
const PLACEHOLDERS = /\[(name|email|phone|time|setting)\]/g;
export const markPlaceholders = (text: string): string => text.replace(PLACEHOLDERS, '**[$1]**');

/** The heading of the prompt sent after a session: "Log notes from your 10:15 session". */
export const sessionHeading = (localStart: string): string => `Log notes from your ${localStart} session`;

const themeTitles = (themes: Theme[], ids: string[]): string =>
  themes.filter((t) => ids.includes(t.id)).map((t) => t.title).join(', ') || 'None';

/** The values as the card's inputs send them, so the same data can go back through readNoteInput. */
const asInputs = (values: Partial<NoteInput>) => ({
  themes: (values.themes ?? []).join(','),
  kind: values.kind ?? '',
  text: values.text ?? '',
  concern: values.concern ? 'true' : 'false',
});

const base = (themes: Theme[], context: string) => ({
  form: false,
  preview: false,
  context,
  verbs: { preview: VERBS.previewNote, save: VERBS.saveNote, edit: VERBS.editNote },
  themeChoices: themes.map((t) => ({ title: t.title, value: t.id })),
  kindChoices: NOTE_KINDS.map((kind) => ({ title: NOTE_KIND_LABELS[kind], value: kind })),
  maxLength: NOTE_TEXT_MAX,
});

export interface NoteFormOptions {
  themes: Theme[];
  /** Defaults to "Log a note"; see sessionHeading for a prompt after a session. */
  heading?: string;
  /** Opaque to the card (e.g. the prompt's id): sent back with every action. */
  context: string;
  /** Prefilled when editing. */
  values?: Partial<NoteInput>;
}

/** The form: themes, kind, text and the concern switch. Preview sends the inputs and the context. */
export const noteFormCard = ({ themes, heading, context, values = {} }: NoteFormOptions): CardJson =>
  renderCard('note', { ...base(themes, context), form: true, heading: heading ?? 'Log a note', values: asInputs(values) });

export interface NotePreviewOptions {
  themes: Theme[];
  /** The checked input; its text is the original. */
  input: NoteInput;
  /** The text as it will be stored, and what was removed from it. */
  redacted: { text: string; counts: RedactionCounts };
  /** What the peer typed, for Edit. Defaults to input.text. */
  original?: string;
  context: string;
}

/**
 * The preview: the redacted text with its placeholders marked. Save carries only the redacted text;
 * Edit carries the original back to the form, so the peer can rephrase rather than start again.
 */
export const notePreviewCard = ({ themes, input, redacted, original, context }: NotePreviewOptions): CardJson =>
  renderCard('note', {
    ...base(themes, context),
    preview: true,
    concern: input.concern,
    previewHeading: input.concern ? 'Check your concern before sending' : 'Check your note before saving',
    // A concern may go as written (the leads must be able to act on it): then nothing is said about removals.
    previewIntro: input.concern
      ? 'The challenge manager and team lead will read this text.'
      : 'This is the text as it will be stored. Removed details are marked in bold.',
    previewText: markPlaceholders(redacted.text),
    removed: input.concern ? '' : removedText(redacted.counts),
    chosenThemes: themeTitles(themes, input.themes),
    chosenKind: NOTE_KIND_LABELS[input.kind],
    saveTitle: input.concern ? 'Send concern' : 'Save',
    save: asInputs({ ...input, text: redacted.text }),
    edit: asInputs({ ...input, text: original ?? input.text }),
  });
