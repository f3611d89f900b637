import type { Review } from '../../domain/shared/index.js';
import type { Rsvp } from '../../domain/invitations/index.js';
import type { Booking, CardJson, Invitation } from '../../services/ports/index.js';
import { invitationTime } from '../shared/index.js';
import { nameOf, namesOf } from '../shared/index.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';

const ANSWER_TEXT: Record<Rsvp, string> = {
  pending: 'Please let us know if you can attend.',
  accepted: '✔ You accepted.',
  tentative: '? You said maybe.',
  declined: '✖ You declined. The project team has been told.',
};

const ANSWER_COLOR: Record<Rsvp, string> = { pending: 'Default', accepted: 'Good', tentative: 'Warning', declined: 'Attention' };

/** The invite card: what, when (review's zone), where, and the person's own answer once given. */
export const inviteCard = (review: Review, booking: Booking, invitation: Invitation, note?: string): CardJson =>
  renderCard('invite', {
    reviewName: review.name,
    title: booking.subject,
    when: invitationTime(booking.start, booking.end, review.timeZone),
    where: booking.online ? 'Microsoft Teams meeting' : (booking.location ?? review.base),
    with: namesOf(review, booking.attendees.filter((email) => email !== invitation.email)),
    joinUrl: booking.joinUrl ?? '',
    answerText: note ? `${ANSWER_TEXT[invitation.rsvp]} ${note}` : ANSWER_TEXT[invitation.rsvp],
    answerColor: ANSWER_COLOR[invitation.rsvp],
    reason: invitation.reason ?? '',
    invitationId: invitation.id,
    forName: nameOf(review, invitation.email),
    verbs: { answer: VERBS.answerInvitation },
  });
