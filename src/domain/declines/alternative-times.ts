/**
 * Other times for a declined session that keep every rule and move nothing else: every other booked session stays
 * where it is, with its peers. The decliner stays in the session (they are asked again at the new time), so a time
 * is offered only when everyone in it, the decliner too, is free by their calendars.
 */
import { DateTime } from 'luxon';
import { GRID_MINUTES } from '../on-site/index.js';
import { dayWindow, localDate, type UtcInterval } from '../shared/index.js';
import { MAX_ALTERNATIVES, type AlternativeTime, type DeclinedSession } from './decline.js';
import { trialOf, type Trial } from './trial.js';

const MINUTE = 60_000;
const ms = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const iso = (millis: number): string => DateTime.fromMillis(millis, { zone: 'utc' }).toISO()!;

/**
 * Up to MAX_ALTERNATIVES times, best first: on the booked day, nearest the booked start first (the earlier of two as
 * near); then the other days of the session's part of the review, earliest first. None for a fixed item, or when
 * nothing fits.
 */
export const alternativeTimes = (declined: DeclinedSession): AlternativeTime[] => {
  const trial = trialOf(declined);
  if (!trial) return [];
  const { peers, attendees } = trial.booked;
  const found: AlternativeTime[] = [];
  for (const at of candidateTimes(trial, declined.review.timeZone, declined.now)) {
    if (found.length === MAX_ALTERNATIVES) break;
    // The calendars first: they are cheap to read and turn most times away before the whole programme is checked.
    if (trial.free(at, peers, attendees) && trial.breaks({ at, peers }).length === 0) found.push({ ...at, free: [...peers, ...attendees] });
  }
  return found;
};

/** Every start on the grid of its days where the session fits the day with its travel, from `now`, but its own. */
const candidateTimes = (trial: Trial, zone: string, now: string): UtcInterval[] => {
  const booked = ms(trial.booked.start);
  const bookedDay = localDate(trial.booked.start, zone);
  const travel = trial.travelMinutes * MINUTE;
  const length = trial.minutes * MINUTE;
  const from = ms(now);
  const starts = trial.days.flatMap((day) => {
    const window = dayWindow(day, zone);
    const found: { sameDay: boolean; start: number }[] = [];
    // The grid is of the time away (the band); the time with the attendees follows the travel there.
    for (let away = ms(window.start); away + travel + length + travel <= ms(window.end); away += GRID_MINUTES * MINUTE) {
      if (away >= from && away + travel !== booked) found.push({ sameDay: day.date === bookedDay, start: away + travel });
    }
    return found;
  });
  const nearest = starts.filter((s) => s.sameDay).sort((a, b) => Math.abs(a.start - booked) - Math.abs(b.start - booked) || a.start - b.start);
  const later = starts.filter((s) => !s.sameDay).sort((a, b) => a.start - b.start);
  return [...nearest, ...later].map((s) => ({ start: iso(s.start), end: iso(s.start + length) }));
};
