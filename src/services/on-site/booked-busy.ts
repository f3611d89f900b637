import { DateTime } from 'luxon';
import type { HeldSession, OnSiteSession } from '../../domain/on-site/index.js';
import type { BusyByPerson, UtcInterval } from '../../domain/shared/index.js';
import type { Booking } from '../ports/index.js';

const shift = (iso: string, minutes: number): string => DateTime.fromISO(iso, { zone: 'utc' }).plus({ minutes }).toISO()!;

/** Each booking with its on-site session (none for a case review or a fixed item) and its span with travel. */
const withSessions = (sessions: readonly OnSiteSession[], bookings: readonly Booking[]) => {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return bookings.map((booking) => {
    const session = byId.get(booking.sessionId);
    const travel = session?.travelMinutes ?? 0;
    const travelling: UtcInterval = { start: shift(booking.start, -travel), end: shift(booking.end, travel) };
    return { booking, session, travelling };
  });
};

/**
 * The time the review's bookings hold, as busy time: each booking's people for its event, and a site visit's
 * peers for the travel either side too. The calendar cannot show this: a visit's event is only the time with
 * the attendees, and a failed booking, waiting for Finish booking, is in nobody's calendar yet.
 */
export const bookedBusy = (sessions: readonly OnSiteSession[], bookings: readonly Booking[]): BusyByPerson => {
  const busy: BusyByPerson = new Map();
  for (const { booking, session, travelling } of withSessions(sessions, bookings)) {
    const event: UtcInterval = { start: booking.start, end: booking.end };
    for (const email of booking.attendees) {
      // A visit's booking holds its attendees and its peers; only the peers travel.
      const span = session && !session.attendees.includes(email) ? travelling : event;
      busy.set(email, [...(busy.get(email) ?? []), span]);
    }
  }
  return busy;
};

/** The on-site sessions booked earlier, with their travel: each keeps its stream while the rest is planned again. */
export const heldSessions = (sessions: readonly OnSiteSession[], bookings: readonly Booking[]): HeldSession[] =>
  withSessions(sessions, bookings).flatMap(({ session, travelling }) => (session ? [{ title: session.title, ...travelling }] : []));
