/** Text helpers for redaction: comparison keys, and Unicode-aware words with offsets into the original text. */

export type RedactionKind = 'name' | 'email' | 'phone' | 'time' | 'setting';

/** A stretch of the original text to replace, [start, end) in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
}

/** Letters Unicode does not decompose but readers take as accented forms of plain ones (Łukasz, Søren). */
const FOLDS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h' };

/** Comparison key: lower case, NFD without combining marks, curly apostrophe as straight. */
export const foldKey = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđðþßæœıħ]/gu, (c) => FOLDS[c]!)
    .replace(/’/g, "'");

export interface Word {
  start: number;
  end: number;
  raw: string;
  key: string;
}

// Letters, marks and digits, with apostrophes inside (O'Neill, Hale’s); hyphens separate words.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], key: foldKey(m[0]) }));

export const isCapitalised = (word: Word): boolean => /^\p{Lu}/u.test(word.raw);

/** The key without a possessive 's (Hale's, Hale’s), or undefined when there is none. */
export const possessiveBase = (word: Word): string | undefined => (word.key.endsWith("'s") ? word.key.slice(0, -2) : undefined);

/** Whitespace or a single hyphen between two words of one name; after a title or an initial, a dot too (Dr. Hale, M. Hale). */
export const joins = (text: string, before: Word, after: Word, dotted: boolean): boolean => {
  const between = text.slice(before.end, after.start);
  return /^(?:\s+|[-‐‑])$/u.test(between) || (dotted && /^\.\s*$/u.test(between));
};

/** Only whitespace between the two words: they read as neighbours in one sentence. */
export const adjacent = (text: string, before: Word, after: Word): boolean => /^[^\S\n]+$/u.test(text.slice(before.end, after.start));

/** True when the word opens the text, a line or a sentence, looking back past quotes, brackets and bullets. */
export const startsSentence = (text: string, start: number): boolean => {
  for (let i = start - 1; i >= 0; i -= 1) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (!/[\s"'“‘([*•\-–—]/u.test(c)) return /[.!?…]/u.test(c);
  }
  return true;
};
