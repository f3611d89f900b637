import { isRsvpAnswer } from '../../domain/invitations/index.js';
import type { Review } from '../../domain/shared/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { Booking, CalendarPort, Invitation, Log, Store } from '../ports/index.js';

export interface AnsweredInvitation {
  review: Review;
  booking: Booking;
  invitation: Invitation;
  /** False when the calendar could not be told; our record stands and the card says so. */
  calendarUpdated: boolean;
}

const MAX_REASON = 300;

/**
 * Records an answer for the person who clicked. Who answers comes from the activity, never from the card:
 * a card forwarded to someone else cannot answer for its owner.
 */
export const answerInvitation = async (
  deps: { store: Store; calendar: CalendarPort; log: Log; now: () => string },
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
  const invitation = await deps.store.invitations.get(invitationId);
  if (!invitation) return userError('INVITATION.NOT_FOUND', 'I cannot find this invitation. Send **my sessions** to see yours.');
  if (invitation.email !== answerer) {
    return userError('INVITATION.NOT_YOURS', 'This invitation is for someone else, so your answer was not recorded.');
  }
  const booking = await deps.store.bookings.get(invitation.bookingId);
  const stored = await deps.store.reviews.get(invitation.reviewId);
  if (!booking || !stored) return userError('INVITATION.NOT_FOUND', 'This session is no longer booked.');
  const trimmed = answer === 'declined' && typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : undefined;
  const answered = await deps.store.invitations.answer(invitation.id, answer, trimmed, deps.now());
  let calendarUpdated = true;
  if (booking.iCalUId) {
    try {
      await deps.calendar.respond(answerer, booking.iCalUId, answer, trimmed);
    } catch (error) {
      calendarUpdated = false;
      deps.log.warn({ invitationId: invitation.id, err: String(error) }, 'calendar response not written');
    }
  }
  return ok({ review: stored.review, booking, invitation: answered, calendarUpdated });
};
