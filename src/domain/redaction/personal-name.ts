/** Which entries of a review file name a person, and the name redaction should look for in them. Pure. */
import { foldKey, wordsOf } from './text.js';
import { PARTICLES, ROLE_WORDS } from './words.js';

/** Words that join the parts of a role ("Head of CAMHS", "Lead for SEND"); no person's name has them. */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'to', 'at', 'in', 'on', 'with']);

/** Honours, degrees and registrations after a name (Kemi Adeyemo OBE, Jo Hale PhD), written so or in capitals. */
const POST_NOMINALS = new Set(
  `OBE MBE CBE KBE DBE GBE BEM KC QC JP DL MP MSP PhD DPhil EdD MD MA MSc MEd MPhil MBA BA BSc BEd LLB LLM MBBS
   MBChB FRCP FRCPCH FRCPsych FRCGP MRCP MRCPCH MRCPsych MRCGP RN RGN RMN RNLD NPQH PGCE QTS CPsychol FBPsS AFBPsS FRSA`.split(/\s+/),
);
const POST_NOMINALS_IN_CAPITALS = new Set([...POST_NOMINALS].map((p) => p.toUpperCase()));

/** A name is split into segments at commas, dashes and slashes: "Sarah Jones, Head of SEND", "Jones, Sarah". */
const SEGMENT = /[,;|–—]|\s[-/]\s/u;

const isPostNominal = (word: string): boolean => {
  const bare = word.replace(/\./g, '');
  return POST_NOMINALS.has(bare) || (bare === bare.toUpperCase() && POST_NOMINALS_IN_CAPITALS.has(bare));
};

/** "Children's" and "Headteachers'" are looked up as "children" and "headteachers". */
const keyOf = (word: string): string => foldKey(word).replace(/'s?$/u, '');

/** Post-nominals go from the end while two words are left, so "Jack MA" keeps its surname; a segment of only post-nominals goes. */
const withoutPostNominals = (words: string[]): string[] => {
  if (words.every(isPostNominal)) return [];
  const kept = [...words];
  while (kept.length > 2 && isPostNominal(kept[kept.length - 1]!)) kept.pop();
  return kept;
};

/**
 * A role or a body, not a person: it joins words ("Director of Children's Services"), writes a later word
 * in lower case as a description does ("Participation lead", particles aside), or is made only of role
 * words and acronyms ("Chief Executive", "ICB SEND Lead", "SENDIASS"). One role word is not enough: Tom
 * Head and Amy Lead are people. A name written all in capitals (SARAH JONES) has no acronyms.
 */
const isRole = (words: readonly string[]): boolean => {
  const keys = words.map(keyOf);
  if (keys.some((k) => CONNECTORS.has(k))) return true;
  if (/^\p{Lu}/u.test(words[0]!) && words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !PARTICLES.has(keys[i]!))) return true;
  const shouted = words.length > 1 && !/\p{Ll}/u.test(words.join(''));
  return keys.every((k, i) => ROLE_WORDS.has(k) || (!shouted && /^\p{Lu}{2,}$/u.test(words[i]!)));
};

/**
 * A person's name as redaction should look for it: without a note in brackets ("Cllr Rowena Fettiplace (lead
 * member)"), post-nominals or a role beside it ("Sarah Jones, Head of SEND"); none for a role or an
 * organisation, whose words ("services", "clinical") would otherwise be taken out of every note that uses them.
 */
export const personalName = (name: string): string[] => {
  const unbracketed = name.replace(/\([^)]*(?:\)|$)/g, ' ');
  const words = unbracketed
    .split(SEGMENT)
    .map((segment) => withoutPostNominals(segment.split(/\s+/).filter((word) => word !== '')))
    .filter((segment) => segment.length > 0 && !isRole(segment))
    .flat();
  return words.length === 0 ? [] : [words.join(' ')];
};

/**
 * The name in an address of the shape first.last ("jane.smith-jones@x" gives "Jane Smith-Jones"), for
 * someone the review knows only by email or by a role. None for a role mailbox: a part that is a role word
 * (send.lead@, director.childrens@) or a word of the role it stands for, which notes use all the time.
 */
export const nameFromEmail = (email: string, role = ''): string[] => {
  const roleKeys = new Set(wordsOf(role).map((w) => keyOf(w.raw)));
  const parts = (email.split('@')[0] ?? '').split(/[._]/).filter((part) => /^\p{L}{2,}(-\p{L}{2,})*$/u.test(part));
  const keys = parts.flatMap((part) => part.split('-').map(foldKey));
  if (parts.length < 2 || keys.some((k) => ROLE_WORDS.has(k) || roleKeys.has(k))) return [];
  const capitalised = (part: string) => part.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
  return [parts.map(capitalised).join(' ')];
};
