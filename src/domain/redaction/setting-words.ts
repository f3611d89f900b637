/** Word lists behind the setting rules in settings.ts. Keys are folded (lower case, no accents). */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Words a setting's name ends with (Castlefields Primary, Severn Academy), each with the words one of them
 * must follow, if any: "Practice" names a setting only as a Medical Practice, never in "Code of Practice".
 */
export const HEADS: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ...[...set('school primary academy nursery college surgery infants juniors preschool playgroup hospital clinic pru')].map(
    (k) => [k, undefined] as const,
  ),
  ['practice', set('medical family dental health gp')],
  ['centre', set("health medical children's childrens family learning development resource respite community years day child")],
  ['center', set("health medical children's childrens family learning development resource respite community years day child")],
  ['hub', set('family')],
  ['unit', set('referral resource assessment')],
  ['community', set('learning')],
]);

/**
 * Words of what kind a setting is (Primary School, Children's Centre, C of E): part of its name, but not what
 * tells it from another. A name made only of these, or of these and a GENERIC word, is no setting's name.
 */
export const KIND_WORDS = set(`
  school schools primary secondary infant infants junior juniors high special specialist nursery day pre preschool
  playgroup academy college sixth form community learning church england catholic rc ce c e science technology
  free studio university technical medical practice health centre center children's childrens family hub pupil
  referral unit hospital clinic surgery development child resource respite early years pru
`);

/**
 * Words that make a setting word generic: "the Virtual School", "Forest School" (a kind of outdoor learning),
 * "a Special School", "Hospital School", "our Primary" name no one setting.
 */
export const GENERIC = set(`
  forest free virtual hospital sunday grammar studio special boarding residential faith local mainstream independent
  maintained secondary primary infant junior nursery community new national county city village
`);

/** Lower-case words inside a setting's name: "C of E", "Walford and North Shropshire College", "Stoke-on-Trent". */
export const CONNECTORS = set('of and upon under on in super');

/** Words before the name that are never part of it, even capitalised at a sentence's start. */
export const BEFORE_NAME = set(`
  the a an our their his her my your its this that these those at in on from to with for by today yesterday also then
  both all some most many several each every
`);

/** After "Primary", "Secondary"…, a word for a group: "Shropshire Primary Heads" are many schools, not one. */
export const GROUP_WORDS = set(`
  heads headteachers sencos schools settings network networks partnership forum cluster clusters alliance leaders
  colleagues sector phase colleges academies nurseries
`);

/**
 * What a setting is, in lower case after its name: "Rose Cottage respite unit", "Oak Lodge children's home".
 * The name goes; these words stay, as they say only what kind of place it is.
 */
export const KINDS_AFTER: readonly (readonly string[])[] = [
  ['respite', 'unit'],
  ['respite', 'centre'],
  ['short', 'breaks', 'unit'],
  ['short', 'breaks', 'centre'],
  ["children's", 'home'],
  ['childrens', 'home'],
  ['care', 'home'],
  ['residential', 'home'],
  ['resource', 'base'],
];
