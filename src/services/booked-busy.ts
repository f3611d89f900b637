import { DateTime } from 'luxon';
import type { HeldSession, OnSiteSession } from '../domain/on-site.js';
import type { BusyByPerson, UtcInterval } from '../domain/review.js';
import type { Booking } from './ports.js';

const shift = (iso: string, minutes: number): string => DateTime.fromISO(iso, { zone: 'utc' }).plus({ minutes }).toISO()!;

/**
 * The time the review's bookings hold, as busy time: each booking's people for its event, and a site visit's
 * peers for the travel either side too. The calendar cannot show this: a visit's event is only the time with
 * the attendees, and a failed booking, waiting for Finish booking, is in nobody's calendar yet.
 */
export const bookedBusy = (sessions: readonly OnSiteSession[], bookings: readonly Booking[]): BusyByPerson => {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  const busy: BusyByPerson = new Map();
  for (const booking of bookings) {
    const session = byId.get(booking.sessionId);
    const travel = session?.travelMinutes ?? 0;
    const event: UtcInterval = { start: booking.start, end: booking.end };
    const travelling: UtcInterval = { start: shift(booking.start, -travel), end: shift(booking.end, travel) };
    for (const email of booking.attendees) {
      // A visit's booking holds its attendees and its peers; only the peers travel.
      const span = session && !session.attendees.includes(email) ? travelling : event;
      busy.set(email, [...(busy.get(email) ?? []), span]);
    }
  }
  return busy;
};

/** The on-site sessions booked earlier, with their travel: each keeps its stream while the rest is planned again. */
export const heldSessions = (sessions: readonly OnSiteSession[], bookings: readonly Booking[]): HeldSession[] => {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return bookings.flatMap((booking) => {
    const session = byId.get(booking.sessionId);
    if (!session) return [];
    const travel = session.travelMinutes;
    return [{ title: session.title, start: shift(booking.start, -travel), end: shift(booking.end, travel) }];
  });
};
