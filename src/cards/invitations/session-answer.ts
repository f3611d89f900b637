/** One session as its invitee sees it, with their answer: the same block on the invite card and in `my sessions`. */
import type { Rsvp, RsvpAnswer } from '../../domain/invitations/index.js';
import { sessionTitle } from '../../domain/programme/index.js';
import { namesOf, sessionTime, type Review } from '../../domain/shared/index.js';
import type { Booking, DeclineTold, Invitation } from '../../services/ports/index.js';

const STATE: Record<Exclude<Rsvp, 'pending'>, { text: string; style: string }> = {
  accepted: { text: '✔ You accepted.', style: 'good' },
  tentative: { text: '? You said maybe.', style: 'warning' },
  declined: { text: '✖ You declined.', style: 'attention' },
};

const DECLINE_TOLD: Record<DeclineTold, string> = {
  // Whatever they decide (another time, someone else, going ahead without them, cancelling), this card is redrawn.
  projectTeamTold: ' The project team has been told: this card will show what they decide.',
  nobodyReached: ' The project team will see it in their replies.',
  unknown: '',
};

const CHOICES: { answer: RsvpAnswer; title: string; style: string }[] = [
  { answer: 'accepted', title: 'Accept', style: 'positive' },
  { answer: 'tentative', title: 'Tentative', style: 'default' },
  { answer: 'declined', title: 'Decline', style: 'destructive' },
];

export interface AnswerBlockOptions {
  told?: DeclineTold;
}

/** Nothing left to answer: the session is off, or the person is no longer in it. */
const closedText = (booking: Booking, invitation: Invitation): string =>
  booking.status === 'cancelled' ? '✖ This session was cancelled.' : invitation.removedAt ? 'You are no longer needed at this session.' : '';

export const sessionAnswerBlock = (review: Review, booking: Booking, invitation: Invitation, options: AnswerBlockOptions = {}) => {
  const closed = closedText(booking, invitation);
  const answered = invitation.rsvp !== 'pending';
  const moved = invitation.movedFrom && !answered && !closed ? sessionTime(invitation.movedFrom.start, invitation.movedFrom.end, review.timeZone) : '';
  const state = invitation.rsvp === 'pending' ? { text: '', style: 'default' } : STATE[invitation.rsvp];
  const told = invitation.rsvp === 'declined' ? DECLINE_TOLD[options.told ?? 'unknown'] : '';
  return {
    invitationId: invitation.id,
    title: sessionTitle(review, booking.subject),
    when: sessionTime(booking.start, booking.end, review.timeZone),
    where: booking.online ? 'Microsoft Teams meeting' : (booking.location ?? review.base),
    with: namesOf(review, booking.attendees.filter((email) => email !== invitation.email)),
    joinUrl: booking.joinUrl ?? '',
    closed: closed !== '',
    closedText: closed,
    movedFrom: moved,
    answered,
    stateText: `${state.text}${told}`,
    stateStyle: state.style,
    reason: invitation.reason ?? '',
    // One reason box per session, so that several sessions can share a card.
    reasonId: `reason-${invitation.id}`,
    // Once answered, only the other answers are offered: pressing one is plainly a change.
    choices: CHOICES.filter((c) => c.answer !== invitation.rsvp).map((c) => ({ ...c, invitationId: invitation.id })),
  };
};
