/**
 * What a word is, for telling a person's name the review does not know from an ordinary word: the names of
 * the humannames package (about 197,000 first names and surnames from many countries) and the British
 * English Hunspell dictionary of dictionary-en-gb, whose lower-case entries are ordinary words ("grace",
 * "will", "offer") and whose capitalised ones are proper nouns (Shropshire, Poland, Noah). Both are reference data
 * read once, when the module loads (src/reference/); lookups are by folded key.
 */
import dictionary from 'dictionary-en-gb';
import { NAME_LIST } from '../../reference/index.js';
import { foldKey } from './text.js';

const NAMES: ReadonlySet<string> = new Set(NAME_LIST.map(foldKey));

/** Lower-case entries with their flags: D and G (takes -ed, -ing) mark a verb. */
const WORDS = new Map<string, string>();
const PROPER = new Set<string>();
// One entry a line after the count: "grace/EDSMG", "Shropshire/M".
for (const line of new TextDecoder().decode(dictionary.dic).split('\n').slice(1)) {
  const [word = '', flags = ''] = line.trim().split('/');
  if (word === '') continue;
  if (/^\p{Lu}/u.test(word)) PROPER.add(foldKey(word));
  else WORDS.set(foldKey(word), (WORDS.get(foldKey(word)) ?? '') + flags);
}

/** A person's name somewhere: first name or surname. */
export const isListedName = (key: string): boolean => NAMES.has(key);

/**
 * The entries a folded key could be an inflection of, each with the dictionary flag that would make it so
 * (the suffix rules of its index.aff): S plural or third person (parents, studies, buses), D past (used,
 * joined, studied), G -ing, Y -ly. So "James" is not "jam" + s, as jam/SM takes no -es.
 */
const inflections = (key: string): [string, string][] => {
  const found: [string, string][] = [];
  const cut = (suffix: string) => (key.endsWith(suffix) && key.length > suffix.length + 1 ? key.slice(0, -suffix.length) : undefined);
  const ies = cut('ies');
  const es = cut('es');
  const ied = cut('ied');
  const ing = cut('ing');
  if (ies) found.push([`${ies}y`, 'S']);
  if (es && /[sxzh]$/.test(es)) found.push([es, 'S']);
  if (cut('s') && !/[sxz]$/.test(cut('s')!)) found.push([cut('s')!, 'S']);
  if (ied) found.push([`${ied}y`, 'D']);
  if (cut('d')?.endsWith('e')) found.push([cut('d')!, 'D']);
  if (cut('ed')) found.push([cut('ed')!, 'D']);
  if (ing) found.push([ing, 'G'], [`${ing}e`, 'G']);
  if (cut('ly')) found.push([cut('ly')!, 'Y']);
  return found;
};

/**
 * An ordinary English word (in lower case in the dictionary), or an inflection of one. An -s form needs only
 * its stem, as this dictionary flags few plurals; -ed, -ing and -ly need the stem's flag ("Ahmed" is not "ah").
 */
export const isOrdinaryWord = (key: string): boolean => {
  const bare = key.replace(/'s?$/, '');
  return WORDS.has(bare) || inflections(bare).some(([stem, flag]) => WORDS.has(stem) && (flag === 'S' || WORDS.get(stem)!.includes(flag)));
};

const VERB_FLAGS = /[DGJ]/;
/** A verb by its entry: it takes -ed, -ing or -ings, or its past or -ing form is an entry of its own (hated). */
const verbStem = (stem: string): boolean =>
  VERB_FLAGS.test(WORDS.get(stem) ?? '') || [`${stem}ed`, `${stem}d`, `${stem}ing`].some((form) => WORDS.has(form));

/** A verb, or an inflection of one ("uses", "joined", "hates"): what may follow a name that opens a sentence. */
export const isVerb = (key: string): boolean =>
  VERB_FLAGS.test(WORDS.get(key) ?? '') || inflections(key).some(([stem, flag]) => (flag === 'S' ? WORDS.has(stem) && verbStem(stem) : (WORDS.get(stem) ?? '').includes(flag)));

/** Also written capitalised in the dictionary, as a name: Grace, Will, Hope (not We, Staff, Her). */
export const knownAsName = (key: string): boolean => PROPER.has(key);

/** A proper noun the dictionary knows (a place, a people, a well-known name) and not an ordinary word. */
export const isProperNoun = (key: string): boolean => PROPER.has(key) && !isOrdinaryWord(key);
