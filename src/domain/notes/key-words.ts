/**
 * The words of a note that carry its meaning, so two notes can be compared in a way a person can
 * check by eye: lower-cased, accents stripped, common words dropped, simple endings removed.
 */

/** Lower case without accents: "Évaluation" → "evaluation". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

// Redaction placeholders ([name], [email], [phone]) and any other bracketed marker say nothing about the point made.
const PLACEHOLDER = /\[[^\]\s]*\]/g;

const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either few for from further had has
have having he her here hers herself him himself his how however i if in into is it its itself just less
many may me might more most much must my myself neither no nor not now of off on once only or other ought our
ours ourselves out over own same shall she should so some still such than that the their theirs them
themselves then there these they this those though through to too under until up upon us very via was we
well were what when where whether which while who whom whose why will with within without would yet you your
yours yourself yourselves`;

// Words nearly every note of a SEND review uses: sharing them says nothing about a point.
const EVERY_NOTE = 'send child children young people person family families need needs council local area';

const STOPWORDS = new Set([...ENGLISH.split(/\s+/), ...EVERY_NOTE.split(/\s+/)]);

const MIN_LENGTH = 3;

// "planned" → "plann" → "plan"; but "staffing" → "staff" and "called" → "call" keep their doubles.
const undouble = (word: string): string => (/([bcdgkmnprtv])\1$/.test(word) ? word.slice(0, -1) : word);

/** Plural, -ing and -ed endings removed, and a final e, so "plans", "planned" and "planning" meet at "plan". */
export const stem = (word: string): string => {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  let w = word;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
};

export interface KeyWord {
  /** As written, lower-cased and without accents. */
  word: string;
  stem: string;
}

/** The significant words of a text in the order they first appear, one per stem. */
export const keyWords = (text: string): KeyWord[] => {
  const seen = new Set<string>();
  const words: KeyWord[] = [];
  for (const word of fold(text).replace(PLACEHOLDER, ' ').replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < MIN_LENGTH || STOPWORDS.has(word)) continue;
    const s = stem(word);
    if (STOPWORDS.has(s) || seen.has(s)) continue;
    seen.add(s);
    words.push({ word, stem: s });
  }
  return words;
};
