/**
 * When held notes join the collections. Notes are released in batches, so that the order and time of the rows
 * say at most which release a note came in, never who wrote it when. Pure.
 */
import { DateTime } from 'luxon';
import { readOnSite } from '../on-site/index.js';
import type { Review } from '../shared/index.js';

export type ReleaseKind = 'teamMeeting' | 'dayEnd' | 'setting' | 'hourly';

export interface Release {
  /** UTC ISO. */
  at: string;
  kind: ReleaseKind;
}

const local = (day: string, hhmm: string, zone: string): DateTime => DateTime.fromISO(`${day}T${hhmm}`, { zone });

/**
 * The release times of one local day: on an on-site day, the review's `noteReleases` if set, else the start of each
 * team meeting and the day's end; on any other day, every hour on the hour.
 */
export const releasesOn = (review: Review, day: string): Release[] => {
  const zone = review.timeZone;
  const onSite = readOnSite(review);
  const window = onSite?.days.find((d) => d.date === day);
  if (!window) {
    const midnight = local(day, '00:00', zone);
    const hours = Math.round(midnight.plus({ days: 1 }).diff(midnight, 'hours').hours);
    return Array.from({ length: hours }, (_, h) => ({ at: midnight.plus({ hours: h }).toUTC().toISO()!, kind: 'hourly' as const }));
  }
  const given = review.noteReleases?.map((hhmm) => ({ hhmm, kind: 'setting' as const }));
  const meetings = (onSite?.fixed ?? []).filter((f) => f.kind === 'teamMeeting' && (f.daily || f.date === day)).map((f) => ({ hhmm: f.start, kind: 'teamMeeting' as const }));
  const times = given ?? [...meetings, { hhmm: window.end, kind: 'dayEnd' as const }];
  const byTime = new Map<string, Release>();
  for (const t of times) {
    const at = local(day, t.hhmm, zone).toUTC().toISO()!;
    if (!byTime.has(at) || t.kind === 'dayEnd') byTime.set(at, { at, kind: t.kind });
  }
  return [...byTime.values()].sort((a, b) => a.at.localeCompare(b.at));
};

const daysAround = (now: string, zone: string, back: number, ahead: number): string[] => {
  const today = DateTime.fromISO(now, { zone: 'utc' }).setZone(zone).startOf('day');
  return Array.from({ length: back + ahead + 1 }, (_, i) => today.plus({ days: i - back }).toISODate()!);
};

/** The first release after `now`: what a saved note's card tells its author. */
export const nextRelease = (review: Review, now: string): Release => {
  const at = DateTime.fromISO(now).toMillis();
  for (const day of daysAround(now, review.timeZone, 0, 2)) {
    const next = releasesOn(review, day).find((r) => DateTime.fromISO(r.at).toMillis() > at);
    if (next) return next;
  }
  // Unreachable: a day that is not on site has hourly releases.
  throw new Error('no release within two days');
};

/** The latest release at or before `now` (within a week), if any. */
export const lastReleaseBefore = (review: Review, now: string): Release | undefined => {
  const at = DateTime.fromISO(now).toMillis();
  const all = daysAround(now, review.timeZone, 7, 0).flatMap((day) => releasesOn(review, day));
  return all.filter((r) => DateTime.fromISO(r.at).toMillis() <= at).at(-1);
};

/**
 * Whether the held notes are due out: a release time has passed since the last release. A review with no release
 * yet starts counting from its first tick (the caller records it), so a first note never goes out alone at once.
 */
export const releaseDue = (review: Review, lastRelease: string, now: string): boolean => {
  const due = lastReleaseBefore(review, now);
  return due !== undefined && DateTime.fromISO(due.at).toMillis() > DateTime.fromISO(lastRelease).toMillis();
};
