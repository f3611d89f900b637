import { findEmails, findPhones } from './contacts.js';
import { indexNames } from './name-index.js';
import { findNames } from './names.js';
import { findPeople } from './people.js';
import { findSettings } from './settings.js';
import { wordsOf, type RedactionKind, type Span, type Word } from './text.js';
import { findTimes } from './times.js';

export type { RedactionKind } from './text.js';

export interface Redacted {
  /** The text with every match replaced by [name], [email], [phone], [time] or [setting]. */
  text: string;
  counts: Record<RedactionKind, number>;
}

const PLACEHOLDER = /\[(?:name|email|phone|time|setting)\]/g;

const inside = (word: Word, spans: readonly Span[]) => spans.some((s) => word.start < s.end && s.start < word.end);

/** Overlapping spans become one; so do names with only spaces or a hyphen between them (Dr Morgan Hale, never "[name] [name]"). */
const merge = (text: string, spans: readonly Span[]): Span[] =>
  [...spans]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .reduce<Span[]>((merged, span) => {
      const last = merged[merged.length - 1];
      const namesSideBySide = last?.kind === 'name' && span.kind === 'name' && /^[\s‐‑-]*$/u.test(text.slice(last.end, span.start));
      if (last && (span.start <= last.end || namesSideBySide)) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
      return merged;
    }, []);

const overlaps = (span: Span, spans: readonly Span[]) => spans.some((s) => span.start < s.end && s.start < span.end);

/**
 * Replaces what could trace a note to a person: names, emails, phone numbers, days and times, and named
 * settings. Pure and deterministic; placeholders already in the text are left alone, so redacting twice
 * changes nothing. A possessive keeps its ending after the placeholder ("[name]'s view"): it says nothing of who.
 * Each finder sees only the words the ones before it left: contacts, then times, then settings (so "Thomas
 * Telford School" is one setting, not a name), then names the review knows, then names it does not.
 *
 * names: the full names of everyone the review knows and everyone on its bookings (namesToRedact), e.g.
 * "Dr Morgan Hale", "Zoë Brontë-Smith". settings: the names of the review's own settings (settingsToRedact),
 * e.g. "Castlefields Primary".
 */
export const redact = (text: string, names: readonly string[], settings: readonly string[] = []): Redacted => {
  const emails = findEmails(text);
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m): Span => ({ start: m.index, end: m.index + m[0].length, kind: 'name' }));
  const phones = findPhones(text).filter((p) => !overlaps(p, emails));
  const contacts = [...emails, ...phones];
  const times = findTimes(text).filter((t) => !overlaps(t, [...contacts, ...placeholders]));
  const taken = [...contacts, ...placeholders, ...times];
  const free = () => wordsOf(text).filter((w) => !inside(w, taken));
  const found = [...findSettings(text, free(), settings)];
  taken.push(...found);
  found.push(...findNames(text, free(), indexNames(names)), ...findPeople(text, free()));
  const spans = merge(text, [...contacts, ...times, ...found]);
  const counts: Record<RedactionKind, number> = { name: 0, email: 0, phone: 0, time: 0, setting: 0 };
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.start)}[${span.kind}]`;
    counts[span.kind] += 1;
    at = span.end;
  }
  return { text: out + text.slice(at), counts };
};
