import { wordsOf, type Word } from './text.js';
import { ORDINARY_WORDS, PARTICLES, ROLE_WORDS, TITLES } from './words.js';

/** What the review's names can be matched by, as folded keys. */
export interface NameIndex {
  /** Sequences always redacted (full name, first + last, initial + last, a hyphenated surname), by first key, longest first. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every single part: redacted after a title (Dr Hale, Mr Li). */
  parts: ReadonlySet<string>;
  /** Parts that may be redacted alone: three letters or more, not a title or a particle. */
  alone: ReadonlySet<string>;
}

export const letters = (key: string): number => key.replace(/[^\p{L}]/gu, '').length;

/** A name's words grouped into parts: hyphens join (Brontë-Smith), spaces separate; titles dropped, particles kept with the surname. */
const partsOf = (name: string): string[][] => {
  const words = wordsOf(name);
  const groups: Word[][] = [];
  words.forEach((word, i) => {
    const hyphenated = i > 0 && /^[-‐‑]$/u.test(name.slice(words[i - 1]!.end, word.start));
    if (hyphenated) groups[groups.length - 1]!.push(word);
    else groups.push([word]);
  });
  const keys = groups.map((g) => g.map((w) => w.key));
  while (keys.length > 1 && keys[0]!.length === 1 && TITLES.has(keys[0]![0]!)) keys.shift();
  return keys.reduce<string[][]>((parts, group) => {
    const previous = parts[parts.length - 1];
    const particle = parts.length > 1 && previous?.length === 1 && PARTICLES.has(previous[0]!);
    if (particle) parts[parts.length - 1] = [...previous!, ...group];
    else parts.push(group);
    return parts;
  }, []);
};

/** The sequences a person is always redacted by, whatever their words. */
const phrasesOf = (parts: string[][]): string[][] => {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const phrases = parts.filter((p) => p.length > 1);
  if (parts.length < 2) return phrases;
  phrases.push(parts.flat(), [...first, ...last], [first[0]![0]!, ...last]);
  if (last.length > 1) phrases.push(...last.filter((k) => !PARTICLES.has(k)).map((k) => [...first, k]));
  return phrases;
};

export const indexNames = (names: readonly string[]): NameIndex => {
  const phrases = new Map<string, string[][]>();
  const seen = new Set<string>();
  const parts = new Set<string>();
  const alone = new Set<string>();
  for (const name of names) {
    if (name.includes('@')) continue;
    const nameParts = partsOf(name);
    if (nameParts.length === 0) continue;
    for (const phrase of phrasesOf(nameParts)) {
      const id = phrase.join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      phrases.set(phrase[0]!, [...(phrases.get(phrase[0]!) ?? []), phrase]);
    }
    for (const key of nameParts.flat()) {
      parts.add(key);
      if (letters(key) >= 3 && !TITLES.has(key) && !PARTICLES.has(key)) alone.add(key);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return { phrases, parts, alone };
};

/** Only ordinary or role words (Will Young, Mark Brown, Will Lead): then the phrase needs a capital, so "will young people" and "will lead" stay. */
export const allOrdinary = (phrase: readonly string[]): boolean => phrase.every((k) => ORDINARY_WORDS.has(k) || ROLE_WORDS.has(k));
