/** What differs between a booked session's event and what it is to be: all an update sends. */
import type { SessionTarget } from '../../domain/replan/index.js';
import type { Booking, EventUpdate } from '../ports/index.js';

export const everyoneIn = (to: SessionTarget): string[] => [...new Set([...to.attendees, ...to.peers].map((e) => e.toLowerCase()))];

/**
 * Only what differs, so that a change of people reaches those people alone; a change of time reaches everyone, with
 * the event's words brought up to date (its peers, its travel) at the same time.
 */
export const eventUpdate = (booking: Booking, to: SessionTarget, words: { subject: string; body: string }): EventUpdate => {
  const update: EventUpdate = {};
  if (Date.parse(booking.start) !== Date.parse(to.start) || Date.parse(booking.end) !== Date.parse(to.end)) {
    update.time = { start: to.start, end: to.end };
    update.body = words.body;
  }
  const people = everyoneIn(to);
  const added = people.filter((e) => !booking.attendees.includes(e));
  const removed = booking.attendees.filter((e) => !people.includes(e));
  if (added.length > 0) update.addAttendees = added;
  if (removed.length > 0) update.removeAttendees = removed;
  if (words.subject !== booking.subject) update.subject = words.subject;
  const location = to.online ? '' : (to.location ?? '');
  if (location !== (booking.location ?? '')) update.location = location;
  if (to.online && !booking.online) update.online = true;
  return update;
};
