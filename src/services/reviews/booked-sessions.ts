import type { BookedSession } from '../../domain/revisions/index.js';
import { sessionTitle } from '../../domain/programme/index.js';
import type { Review } from '../../domain/shared/index.js';
import type { Booking } from '../ports/index.js';

/**
 * The review's sessions as they are in calendars: its bookings that went in. A booking keeps peers and attendees in
 * one list; the review it was booked under (`bookedUnder`) tells them apart, so that a peer who has since left the
 * team is still a peer leaving, not an attendee.
 */
export const bookedSessions = (bookedUnder: Review, bookings: readonly Booking[]): BookedSession[] => {
  const peers = new Set(bookedUnder.peers.map((peer) => peer.email));
  return bookings
    .filter((booking) => booking.status === 'booked')
    .map((booking) => ({
      bookingId: booking.id,
      sessionId: booking.sessionId,
      kind: booking.kind,
      title: sessionTitle(bookedUnder, booking.subject),
      start: booking.start,
      end: booking.end,
      attendees: booking.attendees.filter((email) => !peers.has(email)),
      peers: booking.attendees.filter((email) => peers.has(email)),
      ...(booking.location ? { location: booking.location } : {}),
      online: booking.online,
    }));
};
