/** Word lists behind the rules for names the review does not know, in people.ts. Keys are folded. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Words for a person that a name may follow: "her son Jayden", "a dad called Marcus", "Parent carer Thi
 * Thanh", "The SENDIASS adviser, Bronwen,". After one of these a capitalised word is a name, whatever it is.
 */
export const PERSON_NOUNS = set(`
  son sons daughter daughters child children boy girl baby toddler twin twins brother brothers sister sisters
  sibling siblings mum mam mom mummy mother dad daddy father stepson stepdaughter stepmum stepdad stepmother
  stepfather grandson granddaughter grandchild grandmother grandma nan nana nanna gran granny grandad grandpa
  grandfather grandparent aunt auntie aunty uncle cousin niece nephew husband wife partner boyfriend girlfriend
  friend friends classmate eldest youngest pupil student learner carer person parent parents teenager called named
  adviser advisor worker officer manager coordinator teacher practitioner therapist nurse assistant chair
  colleague governor
`);

/** Determiners: "the Guildhall", "a Makaton sign", "our Youth Forum" are not people. ("that" is a conjunction too.) */
export const DETERMINERS = set('the a an this these those our their its every each any no another some');

/** Before a place rather than a person: "in Telford", "across Shropshire", "near Ludlow". */
export const PLACE_PREPOSITIONS = set('in across around throughout near within outside into towards toward at');

/**
 * Words of bodies and programmes: a capitalised word before one of these is part of a body's name ("Shropshire
 * Council", "Parent Carer Forum"), not a person's. Role and setting words count too (ROLE_WORDS, KIND_WORDS).
 */
export const ORG_WORDS = set(`
  council parliament police charter service services board trust partnership forum network hub team programme
  strategy framework plan policy pathway register panel award week act society fund offer association foundation
  alliance agency authority group project club committee commission department office campaign scheme centre
  institute federation company charity university hospital county borough city town district region area
  street road lane avenue way
`);

/** Words that report or act: after a name that opens a sentence ("Will said"), not after a word ("Will you"). */
export const REPORTING_VERBS = set(`
  said says told tells asked asks explained explains described describes felt feels thinks thought wants wanted
  mentioned noted agreed confirmed reported suggested added stated believes shared spoke talked raised
  highlighted expressed wrote emailed phoned called replied
`);

/** Pronouns, determiners and the like: closed classes, never names, though the name lists have some (Her, We). */
export const FUNCTION_WORDS = set(`
  i me my mine you your yours he him his she her hers it its we us our ours they them their theirs this that these
  those who whom whose which what there here a an the and or but if so as of to in on at by for with from
`);

/**
 * Names of the sector that no dictionary has: bodies, programmes, tools and conditions a note may mention
 * ("uses Makaton", "Mencap runs", "Asperger's"). Not people, so never a name alone.
 */
export const SECTOR_NAMES = set(`
  ofsted cqc sendiass iass ipsea mencap barnardo barnardo's kooth makaton portage pecs nasen elklan widgit boxall
  proloquo teacch scerts autistica youngminds samaritans childline nspcc rnib rnid ndcs scope sense mind contact
  asperger asperger's tourette tourette's duchenne rett angelman prader willi dyspraxia dyslexia dyscalculia adhd
  asd camhs send senco sendco ehcp ehcps lego zoom teams google microsoft outlook youtube tiktok instagram snapchat
  whatsapp facebook minecraft roblox fortnite xbox playstation ipad iphone
`);

export const WEEKDAYS_AND_MONTHS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`);
