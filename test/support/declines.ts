/** Declines of the revision tests' bookings (revision-builder.ts), given as the service would give them. */
import type { DeclinedSession } from '../../src/domain/declines/index.js';
import type { BookedSession } from '../../src/domain/revisions/index.js';
import type { BusyByPerson, UtcInterval } from '../../src/domain/shared/review.js';
import { BOOKED, london, revisionReview, type Parts } from './revision-builder.js';

/** Before the case-review day: every day of the review is ahead. */
export const NOW = '2026-01-10T09:00:00.000Z';

export interface DeclineCase {
  sessionId: string;
  next?: Partial<Parts>;
  booked?: BookedSession[];
  /** Calendar busy times, London `yyyy-MM-ddTHH:mm` pairs per email. */
  calendar?: Record<string, [string, string][]>;
  /** The calendars show every booking's own event too, as Graph does, but the declined session's (the caller takes it out). */
  events?: boolean;
  now?: string;
}

export const calendarOf = (calendar: DeclineCase['calendar'] = {}): BusyByPerson =>
  new Map(Object.entries(calendar).map(([email, times]) => [email, times.map(([start, end]) => ({ start: london(start), end: london(end) }))]));

/** Unmerged: the domain takes each booking's event out as one interval equal to it. */
const together = (a: BusyByPerson, b: BusyByPerson): BusyByPerson =>
  new Map([...new Set([...a.keys(), ...b.keys()])].map((email) => [email, [...(a.get(email) ?? []), ...(b.get(email) ?? [])]]));

/** Each booking's own event in its people's calendars, one interval per event as calendars give them. */
const eventsOf = (booked: readonly BookedSession[], declined: string): BusyByPerson => {
  const busy: BusyByPerson = new Map();
  for (const b of booked.filter((b) => b.sessionId !== declined)) {
    for (const email of [...b.attendees, ...b.peers]) busy.set(email, [...(busy.get(email) ?? []), { start: b.start, end: b.end }]);
  }
  return busy;
};

export const declinedOf = (c: DeclineCase): DeclinedSession => {
  const booked = c.booked ?? BOOKED;
  return {
    review: revisionReview(c.next),
    booked,
    sessionId: c.sessionId,
    busy: c.events ? together(calendarOf(c.calendar), eventsOf(booked, c.sessionId)) : calendarOf(c.calendar),
    now: c.now ?? NOW,
  };
};

/** The bookings with one session at another time (or with other peers), the rest as they were. */
export const changed = (booked: readonly BookedSession[], sessionId: string, change: Partial<BookedSession> & Partial<UtcInterval>): BookedSession[] =>
  booked.map((b) => (b.sessionId === sessionId ? { ...b, ...change } : b));
