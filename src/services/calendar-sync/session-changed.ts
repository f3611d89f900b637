/**
 * A booked session moved or cancelled in the organiser's calendar, not through Convene: the booking follows, the
 * cards in people's chats follow (cardsFollow), and each of the project team is told once.
 */
import type { UtcInterval } from '../../domain/shared/index.js';
import { cardsFollow } from '../invitations/index.js';
import type { Outbox } from '../outbox/index.js';
import type { Booking, CalendarPort, Log, OutlookChange, Store, StoredReview } from '../ports/index.js';

export interface CalendarSyncDeps {
  store: Store;
  calendar: CalendarPort;
  outbox: Outbox;
  log: Log;
  now: () => string;
}

/** A booked session, with the review it is in. */
export interface BookedSession {
  stored: StoredReview;
  booking: Booking;
}

/** The session is now at `to`; everyone still in it is asked again. False when the booking was so already. */
export const movedInCalendar = async (deps: CalendarSyncDeps, session: BookedSession, to: UtcInterval): Promise<boolean> => {
  const { booking } = session;
  const { sessionId, subject, attendees, online, location, joinUrl } = booking;
  const touched = await deps.store.bookings.applyUpdate(booking.id, { sessionId, subject, attendees, online, location, joinUrl, start: to.start, end: to.end }, deps.now());
  // Nobody asked again: the row had this time already (a change Convene made, applied by its own run meanwhile).
  if (touched.askedAgain.length === 0) return false;
  const from = { start: booking.start, end: booking.end };
  const change = `outlook:${booking.id}:${from.start}/${from.end}>${to.start}/${to.end}`;
  await tellProjectTeam(deps, session, change, { kind: 'moved', from, to: { start: to.start, end: to.end } });
  await cardsFollow(deps, change, { kind: 'updated', touched });
  return true;
};

/** The session is no longer in the programme. False when it was cancelled already. */
export const cancelledInCalendar = async (deps: CalendarSyncDeps, session: BookedSession): Promise<boolean> => {
  const { booking } = session;
  // Read before: a cancelled booking's invitations are history that the cards still show.
  const invitations = await deps.store.invitations.forBookings([booking.id]);
  if (!(await deps.store.bookings.cancel(booking.id))) return false;
  const change = `outlook:${booking.id}:cancelled`;
  await tellProjectTeam(deps, session, change, { kind: 'cancelled' });
  await cardsFollow(deps, change, { kind: 'cancelled', invitations });
  return true;
};

/** `change` names this change: told once to each, however many syncs see it. */
const tellProjectTeam = (deps: CalendarSyncDeps, { stored, booking }: BookedSession, change: string, what: OutlookChange): Promise<number> =>
  deps.outbox.queue(
    stored.review.projectTeam.map((member) => ({
      key: `${change}:${member}`,
      reviewId: stored.id,
      recipient: member,
      payload: { kind: 'changedInOutlook', bookingId: booking.id, change: what },
      dueAt: deps.now(),
    })),
  );
