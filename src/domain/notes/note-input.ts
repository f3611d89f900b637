/**
 * What a peer sent from the note card, checked. A card submission can be forged, so every field is
 * read from unknown data and checked against the review's themes.
 */
import { fold } from './key-words.js';
import { NOTE_KINDS, NOTE_KIND_LABELS, isNoteKind, type NoteKind } from './note.js';
import type { Theme } from '../shared/index.js';
import { ok, userError, type Result } from '../shared/index.js';

export const NOTE_TEXT_MAX = 4000;

export interface NoteInput {
  /** Theme ids of the review, in the review's order. Empty only for a concern. */
  themes: string[];
  kind: NoteKind;
  /** Trimmed. Not yet redacted. */
  text: string;
  /** A safeguarding or whistle-blowing concern: it goes privately to the challenge manager and team lead, never into a collection. */
  concern: boolean;
}

/**
 * A concern needs no theme and no kind: it must never wait on a form detail, and it is never
 * filed under a theme. When none is chosen its kind is followUp (it is always followed up).
 */
export const CONCERN_DEFAULT_KIND: NoteKind = 'followUp';

const SHOWN = 40;
const quote = (value: string) => `“${value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value}”`;
const titles = (themes: Theme[]) => themes.map((t) => t.title).join(', ');

/** An Input.ChoiceSet multi-select sends "a,b"; an array is accepted too. */
const readList = (value: unknown): string[] | undefined => {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  return items?.map((s: string) => s.trim()).filter((s: string) => s !== '');
};

/** An Input.Toggle sends "true" or "false". */
const readFlag = (value: unknown): boolean | undefined => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false' || value === undefined || value === null || value === '') return false;
  return undefined;
};

const readText = (value: unknown): string | undefined =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : undefined;

export const readNoteInput = (data: unknown, themes: Theme[]): Result<NoteInput> => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return userError('NOTE.INVALID', 'The note card sent nothing I could read. Please fill in the card again and press Preview.');
  }
  const record = data as Record<string, unknown>;
  const problems: string[] = [];

  const concern = readFlag(record.concern);
  if (concern === undefined) problems.push('turn the concern switch on or off');

  const chosen = readList(record.themes);
  if (chosen === undefined) problems.push('choose the themes from the list');
  const unknown = (chosen ?? []).filter((id) => !themes.some((t) => t.id === id));
  if (unknown.length > 0) problems.push(`choose only themes of this review (${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not): ${titles(themes)}`);
  if (chosen && chosen.length === 0 && !concern) problems.push('choose at least one theme');

  const kindGiven = record.kind === undefined || record.kind === null || record.kind === '' ? undefined : record.kind;
  if (kindGiven !== undefined && !isNoteKind(kindGiven)) problems.push(`choose a kind: ${NOTE_KINDS.map((k) => NOTE_KIND_LABELS[k]).join(', ')}`);
  else if (kindGiven === undefined && !concern) problems.push('choose a kind (strength, area for consideration, evidence or follow-up)');

  const text = readText(record.text);
  if (text === undefined || text === '') problems.push('write the note');
  else if (text.length > NOTE_TEXT_MAX) problems.push(`shorten the note to ${NOTE_TEXT_MAX} characters (it has ${text.length})`);

  if (problems.length > 0) return userError('NOTE.INVALID', `Please ${problems.join('; ')}.`, problems);
  return ok({
    themes: themes.filter((t) => chosen!.includes(t.id)).map((t) => t.id),
    kind: isNoteKind(kindGiven) ? kindGiven : CONCERN_DEFAULT_KIND,
    text: text!,
    concern: concern!,
  });
};

/** Whatever can be kept of a submission, to prefill the form again (e.g. after Edit). Never fails. */
export const readNoteDraft = (data: unknown, themes: Theme[]): Partial<NoteInput> => {
  const record = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const chosen = readList(record.themes) ?? [];
  const text = readText(record.text);
  return {
    themes: themes.filter((t) => chosen.includes(t.id)).map((t) => t.id),
    ...(isNoteKind(record.kind) ? { kind: record.kind } : {}),
    ...(text ? { text: text.slice(0, NOTE_TEXT_MAX) } : {}),
    concern: readFlag(record.concern) ?? false,
  };
};

const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** Whether each word asked for starts a word of the name, in order: "prep adult" in "Preparing for adulthood". */
const containsWords = (name: string, asked: string[]): boolean => {
  let next = 0;
  const have = words(name);
  for (const word of asked) {
    const at = have.findIndex((w, i) => i >= next && w.startsWith(word));
    if (at < 0) return false;
    next = at + 1;
  }
  return true;
};

/**
 * The theme a person means: its id or title (any case, accents ignored), else the one theme whose
 * id or title has words starting with the words typed, in order ("send" → "SEND sufficiency").
 */
export const findTheme = (themes: Theme[], name: string): Result<Theme> => {
  const asked = words(name);
  const list = `The themes are: ${titles(themes)}.`;
  if (themes.length === 0) return userError('NOTE.INVALID', 'This review has no themes.');
  if (asked.length === 0) return userError('NOTE.INVALID', `Which theme? Send **theme** and its name. ${list}`);
  const key = asked.join(' ');
  const exact = themes.find((t) => words(t.id).join(' ') === key || words(t.title).join(' ') === key);
  if (exact) return ok(exact);
  const matches = themes.filter((t) => containsWords(t.id, asked) || containsWords(t.title, asked));
  if (matches.length === 1) return ok(matches[0]!);
  if (matches.length > 1) {
    return userError('NOTE.INVALID', `${quote(name.trim())} could be ${matches.map((t) => t.title).join(' or ')}: send more of the name.`);
  }
  return userError('NOTE.INVALID', `No theme is called ${quote(name.trim())}. ${list}`);
};
