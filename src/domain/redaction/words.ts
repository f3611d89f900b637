/** Word lists behind the name rules in redact-names.ts. Keys are folded (lower case, no accents). */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles before a surname. Abbreviations match in any case; the others must be capitalised ("I miss Hale"). */
export const ABBREVIATED_TITLES = set('mr mrs ms mx dr prof cllr rev revd fr hon');
export const TITLES = set(`${[...ABBREVIATED_TITLES].join(' ')} miss sir dame lord lady doctor professor councillor reverend father sister`);

/** Particles of a surname (van Beethoven, de la Cruz): part of the surname, never redacted alone. */
export const PARTICLES = set('van von der den de del della di da das du dos le la al el bin ibn ap ter');

/**
 * Name parts that are also ordinary English words. Alone, they are redacted only where they read as
 * a name (see readsAsName in redact-names.ts); in a full name or after a title they always are.
 */
export const ORDINARY_WORDS = set(`
  bill will may grace hope rose mark frank sue amber faith joy dawn iris holly ivy jack carol rob pat guy
  drew hunter baker cook young brown white green black hill wood hall long little king page street rich
  low field hale bell ray bob penny summer april june august march jan autumn winter sky daisy heather
  ruby pearl crystal violet lily poppy jasmine olive hazel sage river stone wells park lane ford bishop
  mason carter turner walker fisher butler porter cooper miller potter shepherd parker chase grant hardy
  noble sharp swift strong moody best bright hart lamb fox wolf crane swan marsh moss rivers banks fields
  woods brook brooks dale glen cliff robin wren honor honour major earl duke prince price cash gold
  silver sterling summers frost snow storm sunny sandy rusty misty gene don dean chip buck rock hunt
  chuck lance art nick jay child day law love friend case lord more wise bond cross power fair
  good gray grey house hood reed rice short small sweet wall ward waters key
  early read hand care chambers church clay dyer fish forest glass judge knight mills moon pike
  slater steel tanner watt bird booth bush barber butcher carpenter fern jade honey star willow rain
  patience prudence charity mercy liberty harmony unity bliss angel blessing precious gift promise
  favour favor comfort memory justice happiness princess melody destiny ebony blossom saffron cherry
  ginger candy dusty sonny buddy ace chance royal miracle marvel dev max kit ash
`);

/**
 * Words of jobs and bodies ("Chief Executive", "Parent Carer Forum", "ICB SEND Lead"): an entry made only of
 * these names a role, not a person. In a person's name (Tom Head, Amy Lead) those that are not also ordinary
 * name words are redacted only in the full name or after a title, as notes use them all the time.
 */
export const ROLE_WORDS = set(`
  director head heads lead leads leader officer manager chief executive member clinical designated services service
  council team board trust school schools partnership forum network group panel coordinator chair cabinet portfolio
  deputy assistant principal senior interim acting strategic commissioner commissioning finance public health
  education educational psychology psychologist social care early help virtual parent parents carer carers family
  families children childrens young people adult adults inclusion participation transition practitioner
  practitioners headteacher headteachers teacher teachers nurse therapist therapy worker workers adviser advisor
  specialist provider providers college academy nursery hub hubs unit office department directorate authority local
  area partners visits send sen senco sendco sendiass iass camhs icb nhs ehcp dco pcf
`);

/** Names of the months among ORDINARY_WORDS: next to a number or after a time word they are dates. */
export const MONTHS = set('jan march april may june august');
export const TIME_WORDS = set(`
  in on by since until till during from before after early late mid end of next last this each every
  the between
`);

/** Proper adjectives and places that are also surnames: always capitalised, so only ever redacted in a full name or after a title. */
export const NEVER_ALONE = set(`
  english french welsh irish scottish british christian north south east west england wales scotland ireland
  london easter christmas
`);

/** Reporting verbs and auxiliaries: after a sentence-initial ordinary word they show it is someone's name ("Bill said"). */
export const NAME_VERBS = set(`
  said says say told tells asked asks explained explains thinks thought felt feels noted notes mentioned
  described agreed agrees confirmed confirms reported reports suggested suggests added adds stated states
  believes believed wants wanted needs needed is was has had does did will would can could should shall
  might must may seems seemed gave gives showed shows shared shares spoke speaks talked talks raised
  raises highlighted expressed arranged met attended joined left came comes went goes works worked leads
  led manages managed runs ran chairs chaired sent sends wrote writes knew knows took takes made makes
  brought brings got gets saw sees emailed phoned called calls replied replies
`);
