import { sessionTitle } from '../../domain/programme/index.js';
import { nameOf, namesOf, sessionTime } from '../../domain/shared/index.js';
import type { CardJson, DeclineNotice } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';

/** To the project team: who declined which session, and who is still invited to it. */
export const declineCard = ({ review, booking, invitation }: DeclineNotice): CardJson => {
  const others = booking.attendees.filter((email) => email !== invitation.email);
  return renderCard('decline', {
    reviewName: review.name,
    title: sessionTitle(review, booking.subject),
    who: nameOf(review, invitation.email),
    when: sessionTime(booking.start, booking.end, review.timeZone),
    reason: invitation.reason ?? 'None given',
    still: others.length > 0 ? `Still invited: ${namesOf(review, others)}.` : 'Nobody else is invited to this session.',
  });
};
