/**
 * The timer's part in reminders: what the review's policy asks for now (to answer, or the joining details)
 * becomes outbox messages. Keys are the reminder's identity, so a repeat run, or another instance, adds nothing.
 */
import { policyOf, remindersFor } from '../../domain/reminders/index.js';
import { inviteeOf } from '../../domain/reminders/index.js';
import type { Outbox } from '../outbox/index.js';
import type { OutboundMessage, Store, StoredReview } from '../ports/index.js';
import { forEveryReview } from '../shared/index.js';

interface Deps {
  store: Store;
  outbox: Outbox;
  now: () => string;
}

/** Queues the reminders due now, for every review; answers how many were new. */
export const queueDueReminders = (deps: Deps): Promise<number> => forEveryReview(deps.store.reviews, (stored) => queueForReview(deps, stored));

const queueForReview = async (deps: Deps, stored: StoredReview): Promise<number> => {
  const now = deps.now();
  const booked = (await deps.store.bookings.forReview(stored.id)).filter((b) => b.status === 'booked' && b.start > now);
  if (booked.length === 0) return 0;
  const invitations = await deps.store.invitations.forBookings(booked.map((b) => b.id));
  const policy = policyOf(stored.review);
  const messages: OutboundMessage[] = booked.flatMap((booking) => {
    const invitees = invitations.flatMap((invitation) => {
      const invitee = invitation.bookingId === booking.id ? inviteeOf(invitation) : undefined;
      return invitee ? [invitee] : [];
    });
    return remindersFor(policy, stored.review.timeZone, { start: booking.start, end: booking.end, invitees }, now).due.map((reminder) => ({
      key: reminder.key,
      reviewId: stored.id,
      recipient: reminder.email,
      payload: { kind: 'reminder', invitationId: reminder.invitationId, reminder: reminder.kind, meantFor: reminder.meantFor },
      dueAt: reminder.sendAt,
    }));
  });
  return deps.outbox.queue(messages);
};
