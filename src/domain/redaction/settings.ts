/**
 * Named settings (schools, nurseries, colleges, surgeries, children's centres…): a child's school, or the
 * surgery a parent uses, points at the family as surely as a name. Found two ways: the review's own locations,
 * and the shape of a setting's name, capitalised words before a setting word ("Castlefields Primary", "St
 * Mary's C of E Primary School"). A generic mention ("the primary school", "a Special School") stays.
 */
import { isOrdinaryWord } from './lexicon.js';
import { WEEKDAYS_AND_MONTHS } from './person-words.js';
import { BEFORE_NAME, CONNECTORS, GENERIC, GROUP_WORDS, HEADS, KIND_WORDS, KINDS_AFTER } from './setting-words.js';
import { isCapitalised, possessiveBase, wordsOf, type Span, type Word } from './text.js';
import { ROLE_WORDS } from './words.js';

/** Words of one name: a space, a hyphen or an ampersand between them, or the dot of "St." */
const joined = (text: string, before: Word, after: Word): boolean => {
  const between = text.slice(before.end, after.start);
  return /^(?:[^\S\n]+|[-‐‑]|[^\S\n]*&[^\S\n]*)$/u.test(between) || (before.key === 'st' && /^\.[^\S\n]*$/u.test(between));
};

const isAcronym = (word: Word): boolean => word.raw.length > 1 && !/\p{Ll}/u.test(word.raw);
const isNameWord = (word: Word): boolean => !KIND_WORDS.has(word.key) && !GENERIC.has(word.key) && !isAcronym(word);

/** A setting word may be possessive ("Severn Academy's head"): the 's stays outside the placeholder. */
const headKey = (word: Word): string => possessiveBase(word) ?? word.key;

const isHead = (text: string, words: readonly Word[], i: number): boolean => {
  const word = words[i]!;
  if (!isCapitalised(word) || !HEADS.has(headKey(word))) return false;
  const after = HEADS.get(headKey(word));
  const before = words[i - 1];
  return !after || (before !== undefined && joined(text, before, word) && after.has(before.key));
};

/**
 * Where the name before the setting word at h begins: back over capitalised words and the connectors between
 * them, never before `floor` (the end of the setting before).
 */
const nameStart = (text: string, words: readonly Word[], h: number, floor: number): number => {
  let start = h;
  for (let j = h - 1; j >= floor && joined(text, words[j]!, words[j + 1]!); j -= 1) {
    const word = words[j]!;
    // A role in capitals (the SENCO of …) is no part of the name; "RC" and "C of E" are.
    if (isCapitalised(word) && !BEFORE_NAME.has(word.key) && !(isAcronym(word) && ROLE_WORDS.has(word.key))) start = j;
    else if (!(CONNECTORS.has(word.key) && j > floor && isCapitalised(words[j - 1]!) && !isAcronym(words[j - 1]!) && joined(text, words[j - 1]!, word))) break;
  }
  return start;
};

/** Where the name that ends with the setting word at h really ends: "Primary School", "School and Science College". */
const nameEnd = (text: string, words: readonly Word[], h: number): number => {
  let end = h;
  for (let k = h + 1; k < words.length && joined(text, words[k - 1]!, words[k]!); k += 1) {
    const word = words[k]!;
    if (word.key === 'and') continue;
    if (!(isCapitalised(word) && KIND_WORDS.has(headKey(word)))) break;
    if (isHead(text, words, k)) end = k;
  }
  return end;
};

/** A place after the setting word is part of its name ("New College Telford"): a capitalised word that is no ordinary word. */
const placeAfter = (text: string, words: readonly Word[], end: number): number => {
  const last = words[end]!;
  const next = words[end + 1];
  if (!next || possessiveBase(last) !== undefined || !joined(text, last, next) || !isCapitalised(next) || isAcronym(next)) return end;
  const key = possessiveBase(next) ?? next.key;
  const word = KIND_WORDS.has(key) || ROLE_WORDS.has(key) || WEEKDAYS_AND_MONTHS.has(key) || isOrdinaryWord(key);
  return word ? end : end + 1;
};

const GROUP_HEADS = new Set(['primary', 'secondary', 'special', 'infants', 'juniors', 'nursery']);

/** Settings by the shape of their names. */
const findByShape = (text: string, words: readonly Word[]): Span[] => {
  const spans: Span[] = [];
  let floor = 0;
  for (let h = 0; h < words.length; h += 1) {
    if (!isHead(text, words, h)) continue;
    const start = nameStart(text, words, h, floor);
    const head = nameEnd(text, words, h);
    const end = placeAfter(text, words, head);
    const next = words[end + 1];
    const last = words[end]!;
    const group = next && GROUP_HEADS.has(last.key) && joined(text, last, next) && GROUP_WORDS.has(next.key);
    if (group || ![...words.slice(start, h), ...words.slice(head + 1, end + 1)].some(isNameWord)) continue;
    spans.push({ start: words[start]!.start, end: last.end - (possessiveBase(last) === undefined ? 0 : 2), kind: 'setting' });
    h = end;
    floor = end + 1;
  }
  return spans;
};

/** Named settings whose kind follows in lower case ("Rose Cottage respite unit"): the name only. */
const findByKindAfter = (text: string, words: readonly Word[]): Span[] => {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const kind = KINDS_AFTER.find((keys) => keys.every((key, j) => words[i + j]?.key === key && (j === 0 || joined(text, words[i + j - 1]!, words[i + j]!))));
    if (!kind || !isCapitalised(words[i - 1]!) || !joined(text, words[i - 1]!, words[i]!) || isCapitalised(words[i]!)) continue;
    const start = nameStart(text, words, i, 0);
    if (words.slice(start, i).some(isNameWord)) spans.push({ start: words[start]!.start, end: words[i - 1]!.end, kind: 'setting' });
  }
  return spans;
};

/** A known setting's words, and its name without its kind (Castlefields for Castlefields Primary) when that is a name. */
const phrasesOf = (setting: string): { keys: string[]; capitalised: boolean }[] => {
  const keys = wordsOf(setting.replace(/\([^)]*(?:\)|$)/g, ' ')).map((w) => w.key);
  while (keys[0] === 'the') keys.shift();
  if (keys.length === 0) return [];
  let short = keys.length;
  while (short > 0 && KIND_WORDS.has(keys[short - 1]!)) short -= 1;
  const distinctive = keys.slice(0, short);
  const named = short < keys.length && distinctive.some((k) => !KIND_WORDS.has(k) && !GENERIC.has(k));
  return [{ keys, capitalised: false }, ...(named ? [{ keys: distinctive, capitalised: true }] : [])];
};

/** Whether the known phrase is at word i; its last word may be possessive ("Severn Academy's"). */
const knownAt = (text: string, words: readonly Word[], i: number, keys: readonly string[]): boolean =>
  keys.every((key, j) => {
    const word = words[i + j];
    if (!word || (j > 0 && !joined(text, words[i + j - 1]!, word))) return false;
    return word.key === key || (j === keys.length - 1 && possessiveBase(word) === key);
  });

/** The review's own settings, in any case; their names without the kind only capitalised. */
const findKnown = (text: string, words: readonly Word[], settings: readonly string[]): Span[] => {
  const phrases = settings.flatMap(phrasesOf).sort((a, b) => b.keys.length - a.keys.length);
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const phrase = phrases.find(({ keys, capitalised }) => (!capitalised || isCapitalised(words[i]!)) && knownAt(text, words, i, keys));
    if (!phrase) continue;
    const last = words[i + phrase.keys.length - 1]!;
    spans.push({ start: words[i]!.start, end: last.end - (last.key === phrase.keys.at(-1) ? 0 : 2), kind: 'setting' });
    i += phrase.keys.length - 1;
  }
  return spans;
};

/** Settings in the text: `words` leaves out what is already taken; `settings` are the review's own. */
export const findSettings = (text: string, words: readonly Word[], settings: readonly string[]): Span[] => [
  ...findKnown(text, words, settings),
  ...findByShape(text, words),
  ...findByKindAfter(text, words),
];
