/**
 * Names the review does not know: the children, parents and others a note speaks of ("her son Jayden",
 * "Aisha (aged 14) and her friend Noah"). A capitalised word is a name when the lexicon lists it as one and it
 * is no ordinary word (Jayden, Oluwaseun), or no dictionary knows it at all (Ngozi), and its place in the
 * sentence does not make it part of a body's name ("Shropshire Council"), a place ("in Telford") or a thing
 * ("the Guildhall"). A name that is also a word (Grace, Will, Poppy) needs more: a word for a person before
 * it ("her daughter Grace"), or a reporting verb after it ("Will said").
 */
import { isListedName, isOrdinaryWord, isProperNoun, isVerb, knownAsName } from './lexicon.js';
import {
  DETERMINERS,
  FUNCTION_WORDS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
  SECTOR_NAMES,
  WEEKDAYS_AND_MONTHS,
} from './person-words.js';
import { KIND_WORDS } from './setting-words.js';
import { adjacent, isCapitalised, possessiveBase, startsSentence, type Span, type Word } from './text.js';
import { NAME_VERBS, NEVER_ALONE, ORDINARY_WORDS, PARTICLES, ROLE_WORDS, TITLES } from './words.js';

/**
 * given: a listed name and no word (Jayden); unknown: in no list at all (Ngozi); ordinary: a word that is
 * also a name, by the dictionary or words.ts (Grace, Will); other: anything else (We, Staff, Poland, Mencap).
 */
type Kind = 'given' | 'unknown' | 'ordinary' | 'other';

/** SEND, EHCPs, CAMHS: an acronym, with or without a plural s. */
const isAcronym = (word: Word): boolean => /^\p{Lu}[\p{Lu}\p{N}]*s?$/u.test(word.raw) && word.raw.length > 1;

const NEVER: readonly ReadonlySet<string>[] = [WEEKDAYS_AND_MONTHS, NEVER_ALONE, TITLES, ROLE_WORDS, ORG_WORDS, KIND_WORDS, FUNCTION_WORDS, SECTOR_NAMES];

const kindOf = (word: Word): Kind => {
  const key = possessiveBase(word) ?? word.key;
  const singular = key.replace(/s$/, '');
  if (key.length < 2 || isAcronym(word) || NEVER.some((words) => words.has(key) || words.has(singular))) return 'other';
  // "-shire" ends a county's name, never a person's (Shropshire is a surname in the lists too).
  if (key.endsWith('shire')) return 'other';
  const ordinary = isOrdinaryWord(key) || ORDINARY_WORDS.has(key);
  if (ordinary) return ORDINARY_WORDS.has(key) || (isListedName(key) && knownAsName(key)) ? 'ordinary' : 'other';
  if (isListedName(key)) return 'given';
  return isProperNoun(key) ? 'other' : 'unknown';
};

const hyphenated = (text: string, before: Word, after: Word): boolean => /^[-‐‑]$/u.test(text.slice(before.end, after.start));

/** The last word of the name unit that starts at i: hyphens join (Alfie-Jay, Okonkwo-Brown). */
const unitEnd = (text: string, words: readonly Word[], i: number): number => {
  let end = i;
  while (words[end + 1] && isCapitalised(words[end + 1]!) && hyphenated(text, words[end]!, words[end + 1]!) && !possessiveBase(words[end]!)) end += 1;
  return end;
};

/** "her son Jayden", "The young person, Tendai,", "Mum (Rachel)", "a dad called Marcus", "known as Kai". */
const personBefore = (text: string, words: readonly Word[], i: number): boolean => {
  const prev = words[i - 1];
  if (!prev || !/^(?:[^\S\n]+|,[^\S\n]*|[^\S\n]*\([^\S\n]*)$/u.test(text.slice(prev.end, words[i]!.start))) return false;
  return PERSON_NOUNS.has(prev.key) || (prev.key === 'as' && words[i - 2]?.key === 'known');
};

/** "Aisha (aged 14)", "Noah, aged 9", "Ella (14)", "Saoirse's mum". */
const AGED = /^[^\S\n]*(?:\(\s*aged\s+\d|,\s*aged\s+\d|\(\d{1,2}\))/u;
const POSSESSED = new RegExp(`^[^\\S\\n]+(?:${[...PERSON_NOUNS].join('|')}|plan|ehcp|family)\\b`, 'iu');
const personAfter = (last: Word, after: string): boolean =>
  AGED.test(after) || ((possessiveBase(last) !== undefined || /^['’]/u.test(after)) && POSSESSED.test(after.replace(/^['’]s?/u, '')));

/** Words that may open a sentence before a name: "Today Aisha said", "Both Hamza and Yusuf". */
const OPENERS = new Set(['today', 'then', 'both', 'also', 'yesterday', 'so', 'but', 'and', 'now', 'later', 'meanwhile', 'here']);

/**
 * Whether a word that opens a sentence is a name by what follows it. A listed name is, unless "and" joins it
 * to something no list has ("Telford and Wrekin"); a name that is also a word needs a reporting verb ("Will
 * said", not "Will you"); a word no list has needs a verb, a comma, a possessive, "and her…" or "from the…".
 */
const opensAsName = (words: readonly Word[], end: number, after: string, kind: Kind): boolean => {
  const next = words[end + 1];
  const nextKey = /^[^\S\n]+\p{Ll}/u.test(after) ? next?.key : undefined;
  // "Hodan and her mother", "Hamza and Yusuf".
  const joinsPerson = /^\s+and\s+(?:his|her|their|my)\b/iu.test(after) || (words[end + 2] !== undefined && kindOf(words[end + 2]!) === 'given');
  if (kind === 'ordinary') return nextKey !== undefined && REPORTING_VERBS.has(nextKey);
  if (nextKey === 'and') return joinsPerson;
  if (kind === 'given' || /^(?:[,(]|['’]s?\s)/u.test(after)) return true;
  if (nextKey === undefined) return false;
  return NAME_VERBS.has(nextKey) || REPORTING_VERBS.has(nextKey) || isVerb(nextKey) || /^\s+from\s+the\b/iu.test(after);
};

/** A word after a first name that carries on the name: Sharma, McAllister, Pryce-Evans, van der Merwe. */
const isSurname = (word: Word): boolean => isCapitalised(word) && kindOf(word) !== 'other';

/** Whether the unit i..end is a name, by its kind and its neighbours. */
const isNameAt = (text: string, words: readonly Word[], i: number, end: number, named: ReadonlySet<number>): boolean => {
  const word = words[i]!;
  const kind = kindOf(word);
  if (kind === 'other') return false;
  if (personBefore(text, words, i)) return true;
  const after = text.slice(words[end]!.end);
  if (personAfter(words[end]!, after)) return true;
  const prev = words[i - 1] && adjacent(text, words[i - 1]!, word) ? words[i - 1] : undefined;
  const opening = startsSentence(text, word.start);
  if (prev && isCapitalised(prev) && !(startsSentence(text, prev.start) && OPENERS.has(prev.key))) return false;
  if (prev && (DETERMINERS.has(prev.key) || PLACE_PREPOSITIONS.has(prev.key))) return false;
  // Inside a name of capitalised words ("Speech and Language", "Code of Practice"), unless it joins two people.
  const before = words[i - 2];
  if (prev && /^(?:and|of|for|to|on)$/.test(prev.key) && before && adjacent(text, before, prev) && isCapitalised(before) && !named.has(i - 2)) return false;
  const next = words[end + 1] && adjacent(text, words[end]!, words[end + 1]!) ? words[end + 1] : undefined;
  if (next && isCapitalised(next) && !isSurname(next) && !possessiveBase(words[end]!)) return false;
  if (kind === 'ordinary' && !opening) return prev !== undefined && /^(?:said|told|asked|how|that|whether|when|because|met)$/.test(prev.key) && !(next && isCapitalised(next));
  return !opening || opensAsName(words, end, after, kind) || (kind !== 'ordinary' && next !== undefined && isCapitalised(next));
};

/** The surname after the first name that ends at `end`: capitalised words and particles, three at most. */
const surnameEnd = (text: string, words: readonly Word[], end: number): number => {
  let last = end;
  for (let k = end + 1; k <= end + 3 && !possessiveBase(words[last]!); k += 1) {
    const word = words[k];
    if (!word || !adjacent(text, words[k - 1]!, word)) break;
    if (PARTICLES.has(word.key) && !isCapitalised(word)) continue;
    if (!isSurname(word)) break;
    last = unitEnd(text, words, k);
    k = last;
  }
  return last;
};

/** Names of people the review does not know; `words` leaves out what is already taken. */
export const findPeople = (text: string, words: readonly Word[]): Span[] => {
  const found: Span[] = [];
  const named = new Set<number>();
  for (let i = 0; i < words.length; i += 1) {
    if (!isCapitalised(words[i]!)) continue;
    const first = unitEnd(text, words, i);
    if (!isNameAt(text, words, i, first, named)) continue;
    const end = surnameEnd(text, words, first);
    for (let k = i; k <= end; k += 1) named.add(k);
    const last = words[end]!;
    found.push({ start: words[i]!.start, end: last.end - (possessiveBase(last) === undefined ? 0 : 2), kind: 'name' });
    i = end;
  }
  return found;
};
