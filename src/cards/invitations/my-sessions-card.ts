import type { Rsvp } from '../../domain/invitations/index.js';
import type { CardJson, MySessions } from '../../services/ports/index.js';
import { sessionTime } from '../shared/index.js';
import { renderCard } from '../shared/index.js';

const ANSWER: Record<Rsvp, string> = { pending: 'not answered yet', accepted: 'accepted', tentative: 'maybe', declined: 'declined' };

export const mySessionsCard = ({ stored, sessions }: MySessions): CardJson =>
  renderCard('my-sessions', {
    reviewName: stored.review.name,
    sessions: sessions.map(({ booking, invitation }) => ({
      title: booking.subject,
      when: sessionTime(booking.start, booking.end, stored.review.timeZone),
      where: booking.online ? (booking.joinUrl ? `[Teams meeting](${booking.joinUrl})` : 'Teams meeting') : (booking.location ?? stored.review.base),
      answer: ANSWER[invitation.rsvp],
    })),
  });
