import { isRsvpAnswer } from '../../domain/invitations/index.js';
import type { Review } from '../../domain/shared/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { Outbox } from '../outbox/index.js';
import type { Booking, CalendarPort, DeclineTold, Invitation, Log, OutboundMessage, Store, StoredReview } from '../ports/index.js';

export interface AnsweredInvitation {
  review: Review;
  booking: Booking;
  invitation: Invitation;
  /** Whether a fresh decline reached the project team; 'unknown' when nothing new was declined. */
  told: DeclineTold;
}

interface Deps {
  store: Store;
  calendar: CalendarPort;
  outbox: Outbox;
  log: Log;
  now: () => string;
}

const MAX_REASON = 300;

/**
 * Records an answer for the person who clicked. Who answers comes from the activity, never from the card:
 * a card forwarded to someone else cannot answer for its owner.
 */
export const answerInvitation = async (
  deps: Deps,
  input: { invitationId: unknown; answer: unknown; reason: unknown },
  answerer: string,
): Promise<Result<AnsweredInvitation>> => {
  const { invitationId, answer, reason } = input;
  if (typeof invitationId !== 'string' || !isRsvpAnswer(answer)) {
    return userError('CARD.INVALID', 'This card is missing what it needs to record an answer. Send **my sessions** to see your invitations.');
  }
  if (reason !== undefined && (typeof reason !== 'string' || reason.length > MAX_REASON)) {
    return userError('CARD.INVALID', `Please keep the reason under ${MAX_REASON} characters.`);
  }
  const trimmed = answer === 'declined' && typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : undefined;
  const recorded = await deps.store.invitations.answerAs(invitationId, answerer, answer, trimmed, deps.now());
  if (!recorded) return userError('INVITATION.NOT_FOUND', 'I cannot find this invitation. Send **my sessions** to see yours.');
  const { before, invitation: answered, booking, reviewVersion } = recorded;
  if (!answered) return notRecorded(before, booking, answerer);
  const stored = await deps.store.reviews.get(answered.reviewId, reviewVersion);
  if (!stored) return userError('INVITATION.NOT_FOUND', 'This session is no longer booked.');
  const told = answer === 'declined' && before.rsvp !== 'declined' ? await tellProjectTeam(deps, stored, answered, before) : 'unknown';
  return ok({ review: stored.review, booking, invitation: answered, told });
};

const notRecorded = (before: Invitation, booking: Booking, answerer: string) => {
  if (before.email !== answerer.trim().toLowerCase()) return userError('INVITATION.NOT_YOURS', 'This invitation is for someone else, so your answer was not recorded.');
  if (booking.status === 'cancelled') return userError('INVITATION.CANCELLED', 'This session was cancelled, so there is nothing to answer. Send **my sessions** to see yours.');
  return userError('INVITATION.REMOVED', 'You are no longer needed at this session, so there is nothing to answer. Send **my sessions** to see yours.');
};

/**
 * Writes an answer on the person's copy of the calendar event (Graph accept / tentativelyAccept / decline). Run
 * after the card has been answered: the answer is recorded already, and the calendar need not hold up the click.
 * A failure is logged; `status` never takes the calendar's older answer over ours.
 */
export const writeAnswerToCalendar = async (deps: Pick<Deps, 'calendar' | 'log'>, booking: Booking, invitation: Invitation): Promise<void> => {
  if (!booking.iCalUId || invitation.rsvp === 'pending') return;
  try {
    await deps.calendar.respond(invitation.email, booking.iCalUId, invitation.rsvp, invitation.reason);
  } catch (error) {
    deps.log.warn({ invitationId: invitation.id, err: String(error) }, 'calendar response not written');
  }
};

/** A fresh decline given on a card is told to the project team at once, in this turn. */
const tellProjectTeam = async (deps: Deps, stored: StoredReview, invitation: Invitation, before: Invitation): Promise<DeclineTold> => {
  const messages = declineMessages(stored, invitation, before, deps.now());
  const ended = await deps.outbox.sendNow(messages);
  return messages.some((message) => ended.get(message.key) === 'sent') ? 'projectTeamTold' : 'nobodyReached';
};

/** The answer a decline replaced: given at a time, or none yet (since the session moved to its time, if it did). */
const replaced = (before: Invitation): string => before.answeredAt ?? (before.movedFrom ? `unanswered since ${before.movedFrom.start}` : 'unanswered');

/**
 * A decline needs someone to act on it, so the project team hear of it, each once, wherever it was given (a card, or
 * Outlook). The key names the answer the decline replaced: two presses at once both replace the same one, so they
 * are one message; a decline after a change of mind, or of the new time after a move, replaces another: told again.
 */
export const declineMessages = (stored: StoredReview, invitation: Invitation, before: Invitation, now: string): OutboundMessage[] =>
  stored.review.projectTeam
    .filter((email) => email !== invitation.email)
    .map((member) => ({
      key: `decline:${invitation.id}:${replaced(before)}:${member}`,
      reviewId: stored.id,
      recipient: member,
      payload: { kind: 'decline', invitationId: invitation.id },
      dueAt: now,
    }));
