/** When a note may be written or changed, and whose names are taken out of it. Pure. */
import { DateTime } from 'luxon';
import { nameFromEmail, personalName } from '../redaction/index.js';
import { readOnSite } from '../on-site/index.js';
import type { Review } from '../shared/index.js';

/** The review's local day of an instant: the only time a note keeps. */
export const noteDay = (instant: string, zone: string): string => DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toISODate() ?? '';

/** The author may correct or delete a note on the day it was written, in the review's zone. */
export const noteStillOpen = (day: string, now: string, zone: string): boolean => noteDay(now, zone) === day;

/**
 * The names redaction looks for, whoever writes the note and wherever from: everyone the review knows (peers,
 * people, the project team, case workers, on-site attendees) and `attendees`, everyone on its bookings. Redacting
 * more leaks nothing. Someone known only by email, or by a role, is named from the address if it reads as a name.
 */
export const namesToRedact = (review: Review, attendees: readonly string[] = []): string[] => {
  const known = new Map<string, string>();
  for (const person of [...review.peers, ...review.people]) known.set(person.email.toLowerCase(), person.name);
  const onSite = readOnSite(review);
  const emails = [
    ...known.keys(),
    ...review.projectTeam,
    ...(review.caseReviews?.cases ?? []).map((c) => c.caseWorker),
    ...[...(onSite?.fixed ?? []), ...(onSite?.sessions ?? [])].flatMap((s) => s.attendees),
    ...attendees,
  ];
  const nameOf = (email: string): string[] => {
    const name = known.get(email);
    const personal = name === undefined ? [] : personalName(name);
    return personal.length > 0 ? personal : nameFromEmail(email, name);
  };
  const unique = new Set(emails.map((email) => email.toLowerCase()));
  return [...new Set([...unique].flatMap(nameOf))];
};

const firstPart = (location: string): string =>
  (location.replace(/\([^)]*(?:\)|$)/g, ' ').split(',')[0] ?? '').replace(/\s+/g, ' ').trim();

/**
 * The review's own settings, for redaction to take out as [setting]: the locations of its on-site sessions and
 * fixed items, "Castlefields Primary (demo)" as "Castlefields Primary". A location counts up to its first comma
 * (the rest of "Sundorne School, Corndon Crescent, Shrewsbury" is its address); the review's base is where the
 * team works, which traces no one.
 */
export const settingsToRedact = (review: Review): string[] => {
  const onSite = readOnSite(review);
  const base = firstPart(review.base ?? '').toLowerCase();
  const locations = [...(onSite?.fixed ?? []), ...(onSite?.sessions ?? [])].flatMap((item) => (item.location ? [firstPart(item.location)] : []));
  return [...new Set(locations.filter((location) => /\p{L}{2}/u.test(location) && location.toLowerCase() !== base))];
};
