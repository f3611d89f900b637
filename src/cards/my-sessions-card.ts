import type { Rsvp } from '../domain/rsvp.js';
import type { MySessions } from '../services/my-sessions.js';
import type { CardJson } from '../services/ports.js';
import { sessionTime } from './local-time.js';
import { renderCard } from './render.js';

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
