/**
 * A message's card is built from what is true when it is sent: a reminder to someone who has since answered,
 * or for a session that has started, is skipped with its reason rather than sent, and so is a progress update
 * a later one has replaced.
 */
import { progressTurn } from '../../domain/outbox/index.js';
import { inviteeOf, policyOf, remindersFor } from '../../domain/reminders/index.js';
import { openCaseForm } from '../case-forms/index.js';
import { writeNoteContext } from '../notes/index.js';
import { reviewDigest } from '../reminders/index.js';
import { declineChoices } from '../declines/index.js';
import type { CalendarPort, Log, Notice, Store, StoredMessage } from '../ports/index.js';

/** `wait`: not yet, an earlier update of the same card may still be on its way. */
export type Composed = { notice: Notice } | { skip: string } | { wait: true };

interface Deps {
  store: Store;
  calendar: CalendarPort;
  log: Log;
  now: () => string;
  leaseSeconds: number;
}

const GONE = { skip: 'what it was about is no longer there' };

export const composeNotice = async (deps: Deps, message: StoredMessage): Promise<Composed> => {
  const stored = await deps.store.reviews.get(message.reviewId);
  if (!stored) return GONE;
  const { review } = stored;
  const payload = message.payload;
  switch (payload.kind) {
    case 'invite': {
      const found = await deps.store.invitations.withBooking(payload.invitationId);
      if (found?.booking.status !== 'booked') return GONE;
      const { invitation, booking } = found;
      // Marked on the invitation before the message is ended: a try cut off between the two finds it here.
      if (invitation.cardSentAt) return { skip: 'the card went already' };
      return { notice: { kind: 'invite', review, booking, invitation } };
    }
    case 'concern': {
      const concern = await deps.store.concerns.get(payload.concernId);
      return concern ? { notice: { kind: 'concern', review, concern } } : GONE;
    }
    case 'decline': {
      const found = await deps.store.invitations.withBooking(payload.invitationId);
      if (!found) return GONE;
      const { invitation, booking } = found;
      if (invitation.rsvp !== 'declined') return { skip: 'they have changed their answer since' };
      // Worked out when it goes, from the calendars then: the card offers only what can still be done.
      const choices = booking.status === 'booked' && !invitation.removedAt ? await declineChoices(deps, stored, booking, invitation.email) : undefined;
      return { notice: { kind: 'decline', review, booking, invitation, ...(choices ? { choices } : {}) } };
    }
    case 'prompt': {
      const booking = await deps.store.bookings.get(payload.bookingId);
      if (!booking) return GONE;
      if (payload.prompt === 'note') return { notice: { kind: 'prompt', prompt: { kind: 'note', review, start: booking.start, noteContext: writeNoteContext({ kind: 'new' }) } } };
      const opened = await openCaseForm(deps, message.recipient, booking.sessionId);
      if (!opened?.ok) return GONE;
      const { form, saved, today } = opened.value;
      return { notice: { kind: 'prompt', prompt: { kind: 'caseForm', review, form, saved, today } } };
    }
    case 'reminder': {
      const found = await deps.store.invitations.withBooking(payload.invitationId);
      if (found?.booking.status !== 'booked') return GONE;
      const { invitation, booking } = found;
      const invitee = inviteeOf(invitation);
      if (!invitee) return { skip: 'the invitation itself has not gone yet' };
      if (payload.remindNow) {
        if (invitation.rsvp !== 'pending') return { skip: 'answered' };
        if (booking.start <= deps.now()) return { skip: 'sessionStarted' };
        return { notice: { kind: 'reminder', review, booking, invitation, reminder: 'noReply' } };
      }
      const plan = remindersFor(policyOf(review), review.timeZone, { start: booking.start, end: booking.end, invitees: [invitee] }, deps.now());
      if (plan.due.some((r) => r.key === message.key) || plan.later.some((r) => r.key === message.key)) {
        return { notice: { kind: 'reminder', review, booking, invitation, reminder: payload.reminder } };
      }
      return { skip: plan.skipped.find((r) => r.key === message.key)?.reason ?? 'the reminder policy no longer asks for it' };
    }
    case 'answerCard': {
      const found = await deps.store.invitations.withBooking(payload.invitationId);
      if (found?.booking.status !== 'booked' && found?.booking.status !== 'cancelled') return GONE;
      const { invitation, booking } = found;
      // A card of a cancelled session, a reminder too, is drawn again as the invitation it was for: cancelled.
      if (payload.reminder && booking.status === 'booked') return { notice: { kind: 'reminder', review, booking, invitation, reminder: payload.reminder } };
      return { notice: { kind: 'invite', review, booking, invitation } };
    }
    case 'changedInOutlook': {
      const booking = await deps.store.bookings.get(payload.bookingId);
      return booking ? { notice: { kind: 'changedInOutlook', review, booking, change: payload.change } } : GONE;
    }
    case 'progress': {
      const proposal = await deps.store.proposals.get(payload.proposalId);
      if (!proposal) return GONE;
      const updates = await deps.store.messages.progressUpdates(proposal.id, deps.leaseSeconds);
      const turn = progressTurn(payload.update, payload.progress, updates, proposal.status === 'booked');
      if (turn === 'wait') return { wait: true };
      if (turn !== 'send') return turn;
      return { notice: { kind: 'progress', review, proposal, progress: payload.progress } };
    }
    case 'digest': {
      const digest = await reviewDigest(deps, stored, message.recipient);
      if (!digest.ok) return { skip: 'they are no longer on the project team' };
      if (digest.value.upcoming === 0) return { skip: 'no session is still to come' };
      return { notice: { kind: 'digest', digest: digest.value } };
    }
  }
};
