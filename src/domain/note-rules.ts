/** When a note may be written or changed, and whose names are taken out of it. Pure. */
import { DateTime } from 'luxon';
import type { Review } from './review.js';

/** The review's local day of an instant: the only time a note keeps. */
export const noteDay = (instant: string, zone: string): string => DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toISODate() ?? '';

/** The author may correct or delete a note on the day it was written, in the review's zone. */
export const noteStillOpen = (day: string, now: string, zone: string): boolean => noteDay(now, zone) === day;

/**
 * The names redaction looks for: everyone the review knows, and the session's attendees (whose names the
 * review may know only as an email: "jane.smith@x" gives "Jane Smith").
 */
export const namesToRedact = (review: Review, attendees: readonly string[] = []): string[] => {
  const known = new Map<string, string>();
  for (const person of [...review.peers, ...review.people]) known.set(person.email, person.name);
  const names = [...known.values()];
  for (const email of attendees) names.push(known.get(email) ?? nameFromEmail(email));
  return [...new Set(names.flatMap(personalName))];
};

/** Words that make a "name" a job or a body ("Head of CAMHS", "Designated Clinical Officer"): not a person's name. */
const ROLE_WORDS = new Set(
  'of and for the & director head lead leader officer manager chief executive member clinical designated services service council team board trust school partnership forum network group panel coordinator'.split(' '),
);

/**
 * A person's name as redaction should look for it, without a note in brackets ("Cllr Rowena Fettiplace (lead
 * member)"); none for a role or an organisation, whose words ("services", "clinical") would otherwise be taken
 * out of every note that uses them.
 */
export const personalName = (name: string): string[] => {
  const bare = name.replace(/\([^)]*(?:\)|$)/g, ' ').replace(/\s+/g, ' ').trim();
  const words = bare.split(' ').filter((word) => word !== '');
  const isRole = words.some((word) => ROLE_WORDS.has(word.toLowerCase()) || /^\p{Lu}{2,}$/u.test(word));
  return words.length === 0 || isRole ? [] : [bare];
};

const nameFromEmail = (email: string): string => {
  const local = email.split('@')[0] ?? '';
  const parts = local.split(/[._]/).filter((part) => /^\p{L}{2,}(-\p{L}{2,})*$/u.test(part));
  const capitalised = (part: string) => part.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
  return parts.length >= 2 ? parts.map(capitalised).join(' ') : '';
};
