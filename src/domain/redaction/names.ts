import { allOrdinary, letters, type NameIndex } from './name-index.js';
import { adjacent, isCapitalised, joins, possessiveBase, startsSentence, type Span, type Word } from './text.js';
import { ABBREVIATED_TITLES, MONTHS, NAME_VERBS, NEVER_ALONE, ORDINARY_WORDS, PARTICLES, ROLE_WORDS, TIME_WORDS, TITLES } from './words.js';

interface Match {
  /** Where the name ends in the text: before a possessive 's, which stays. */
  end: number;
  /** The index of the next word to look at. */
  next: number;
}

const isTitle = (word: Word): boolean => TITLES.has(word.key) && (ABBREVIATED_TITLES.has(word.key) || isCapitalised(word));
const dotted = (word: Word): boolean => word.key.length === 1 || TITLES.has(word.key);

/** The last word may be possessive: its key without 's matches, and the match ends before the 's. */
const wordEnd = (word: Word, key: string, last: boolean): number | undefined => {
  if (key.length === 1 && !isCapitalised(word)) return undefined;
  if (word.key === key) return word.end;
  return last && possessiveBase(word) === key ? word.end - 2 : undefined;
};

const phraseAt = (text: string, words: readonly Word[], i: number, phrase: readonly string[]): Match | undefined => {
  if (allOrdinary(phrase) && !isCapitalised(words[i]!)) return undefined;
  let end: number | undefined;
  for (let j = 0; j < phrase.length; j += 1) {
    const word = words[i + j];
    if (!word || (j > 0 && !joins(text, words[i + j - 1]!, word, dotted(words[i + j - 1]!)))) return undefined;
    // "A" and "I" are words first: initials only with a dot (A. Hale), never "a Hale" or "I Hale".
    if (/^[AI]$/.test(word.raw) && text[word.end] !== '.') return undefined;
    end = wordEnd(word, phrase[j]!, j === phrase.length - 1);
    if (end === undefined) return undefined;
  }
  return { end: end!, next: i + phrase.length };
};

const longestPhraseAt = (text: string, words: readonly Word[], i: number, index: NameIndex): Match | undefined => {
  for (const phrase of index.phrases.get(words[i]!.key) ?? []) {
    const match = phraseAt(text, words, i, phrase);
    if (match) return match;
  }
  return undefined;
};

const partAt = (words: readonly Word[], i: number, keys: ReadonlySet<string>): { key: string; match: Match } | undefined => {
  const word = words[i];
  if (!word) return undefined;
  if (keys.has(word.key)) return { key: word.key, match: { end: word.end, next: i + 1 } };
  const base = possessiveBase(word);
  return base !== undefined && keys.has(base) ? { key: base, match: { end: word.end - 2, next: i + 1 } } : undefined;
};

/**
 * Whether a name part found alone reads as a name. A distinctive part (Okafor, Siobhán) always does, in any
 * case, but a short one (Sam, Ali) only when capitalised, as "dev team" must stay: so a lower-case "sam" stays
 * too, a known limit. A role word that is not also a name word (Lead, Service) never does. An ordinary word
 * (Bill, Will, May, Grace, Young…) does only when it is capitalised, not followed by another capitalised word
 * (Green Lane School, May I), and either mid-sentence, possessive (Bill's), or opening a sentence followed by
 * a comma, a reporting verb or auxiliary (said, was, will…) or a word ending in -ed. So "Bill said the bill
 * was late" keeps the bill, "Will you send it" and "Young people said" stay. A month (May, June…) next to a
 * number or after a time word (in, by, since, the…) is a date. Proper adjectives and places (English, West)
 * never do.
 */
const readsAsName = (text: string, words: readonly Word[], i: number, key: string, possessive: boolean): boolean => {
  if (NEVER_ALONE.has(key) || (ROLE_WORDS.has(key) && !ORDINARY_WORDS.has(key))) return false;
  const word = words[i]!;
  if (!isCapitalised(word) && (ORDINARY_WORDS.has(key) || letters(key) <= 3)) return false;
  if (!ORDINARY_WORDS.has(key)) return true;
  const before = i > 0 && adjacent(text, words[i - 1]!, word) ? words[i - 1] : undefined;
  const after = words[i + 1] && adjacent(text, word, words[i + 1]!) ? words[i + 1] : undefined;
  if (after && isCapitalised(after) && !possessive) return false;
  if (MONTHS.has(key) && (/^\d/.test(after?.key ?? '') || /^\d/.test(before?.key ?? '') || TIME_WORDS.has(before?.key ?? ''))) return false;
  if (possessive || !startsSentence(text, word.start)) return true;
  if (text[word.end] === ',') return true;
  return after !== undefined && (NAME_VERBS.has(after.key) || /\p{L}ed$/u.test(after.key));
};

/**
 * After a title, the surname whether the review knows it or not: capitalised words, with the particles of a
 * surname between them (Mrs Lloyd Jones, Mr van der Merwe, Ms de Souza), up to three; a role or a setting
 * word ends it (Mrs Patel Head of…). The first may be in capitals (Dr JONES).
 */
const surnameAt = (text: string, words: readonly Word[], i: number): Match | undefined => {
  let last: number | undefined;
  for (let k = i; k < i + 4 && words[k] && joins(text, words[k - 1]!, words[k]!, k === i); k += 1) {
    const word = words[k]!;
    if (PARTICLES.has(word.key) && !isCapitalised(word)) continue;
    const role = ROLE_WORDS.has(possessiveBase(word) ?? word.key) || /^\p{Lu}{2,}$/u.test(word.raw);
    if (!isCapitalised(word) || (k > i && role)) break;
    last = k;
    if (possessiveBase(word) !== undefined) break;
  }
  if (last === undefined) return undefined;
  const word = words[last]!;
  return { end: word.end - (possessiveBase(word) === undefined ? 0 : 2), next: last + 1 };
};

const matchAt = (text: string, words: readonly Word[], i: number, index: NameIndex): Match | undefined => {
  const word = words[i]!;
  const following = words[i + 1];
  if (isTitle(word) && following && joins(text, word, following, true)) {
    // The longer of the known name and the surname as written: "Mrs Lloyd Jones" when only a Lloyd is known.
    const known = longestPhraseAt(text, words, i + 1, index) ?? partAt(words, i + 1, index.parts)?.match;
    const written = surnameAt(text, words, i + 1);
    const titled = known && written ? (written.end > known.end ? written : known) : (known ?? written);
    if (titled) return titled;
  }
  const phrase = longestPhraseAt(text, words, i, index);
  if (phrase) return phrase;
  const part = partAt(words, i, index.alone);
  if (!part) return undefined;
  return readsAsName(text, words, i, part.key, part.match.end < word.end) ? part.match : undefined;
};

/**
 * A name goes on over a hyphen and a capitalised word: a known Okafor in "Dr Okafor-Smith" takes the Smith
 * too, so no "[name]-Smith" is left; "a Hale-led review" keeps its "-led".
 */
const withTail = (text: string, words: readonly Word[], match: Match): Match => {
  let { end, next } = match;
  while (words[next] && words[next]!.start === end + 1 && /^[-‐‑]$/u.test(text[end]!) && isCapitalised(words[next]!)) {
    const word = words[next]!;
    end = word.end - (possessiveBase(word) === undefined ? 0 : 2);
    next += 1;
  }
  return { end, next };
};

/** Names in the text, longest match first at each word; `words` leaves out emails, phones and placeholders. */
export const findNames = (text: string, words: readonly Word[], index: NameIndex): Span[] => {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; ) {
    const found = matchAt(text, words, i, index);
    const match = found && withTail(text, words, found);
    if (match) spans.push({ start: words[i]!.start, end: match.end, kind: 'name' });
    i = match ? match.next : i + 1;
  }
  return spans;
};
