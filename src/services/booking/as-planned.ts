/**
 * A changes proposal is made against what was booked when it was made, and several can wait side by side (`review
 * changes`, a `move` pressed twice, a `cancel`): applying one would make the others act on what is no longer there.
 * So once claimed, before anything is sent, it must find nothing else of the review under way, and every session it
 * changes still as its card shows it: booked, at the same time, with the same people.
 */
import type { PlannedChange } from '../../domain/replan/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { joinAnd, userError, type UserError } from '../../domain/shared/index.js';
import type { Booking, ChangesProposal, Store } from '../ports/index.js';

const AGAIN = 'Send **review changes**, or **move** or **cancel** again, for a card of what is booked now.';

const sameTime = (a: { start: string; end: string }, b: { start: string; end: string }) => Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);

const samePeople = (booking: Booking, from: BookedSession) => {
  const now = new Set(booking.attendees);
  const then = new Set([...from.attendees, ...from.peers]);
  return now.size === then.size && [...now].every((email) => then.has(email));
};

/** The title of what the change touches if it is no longer as the proposal saw it. */
const changed = (change: PlannedChange, byId: Map<string, Booking>, bookedAgain: Set<string>): string | undefined => {
  if (change.action === 'update' || change.action === 'cancel') {
    const booking = change.from.bookingId ? byId.get(change.from.bookingId) : undefined;
    return booking?.status === 'booked' && sameTime(booking, change.from) && samePeople(booking, change.from) ? undefined : change.from.title;
  }
  return change.action === 'create' && bookedAgain.has(change.to.sessionId) ? change.to.title : undefined;
};

export const notAsPlanned = async (store: Store, proposal: ChangesProposal): Promise<UserError | undefined> => {
  if ((await store.proposals.unfinished(proposal.reviewId)).some((p) => p.id !== proposal.id)) {
    return userError('PROPOSAL.BOOKING', 'Another booking or change of this review has not finished, so nothing was changed. Send **finish booking** first, then press Confirm again.');
  }
  const bookings = await store.bookings.forReview(proposal.reviewId);
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const cancelling = new Set(proposal.plan.changes.flatMap((c) => (c.action === 'cancel' && c.from.bookingId ? [c.from.bookingId] : [])));
  // A session the proposal books that is booked already, other than one it cancels first.
  const bookedAgain = new Set(bookings.filter((b) => b.status === 'booked' && !cancelling.has(b.id)).map((b) => b.sessionId));
  const stale = proposal.plan.changes.flatMap((change) => changed(change, byId, bookedAgain) ?? []);
  if (stale.length === 0) return undefined;
  return userError('PROPOSAL.STALE', `What is booked has changed since this card was made (${joinAnd(stale)}), so nothing was changed. ${AGAIN}`);
};
