import type { CardJson, ReviewStatus } from '../../services/ports/index.js';
import { sessionTime } from '../shared/index.js';
import { nameOf } from '../shared/index.js';
import { renderCard } from '../shared/index.js';

/** RSVP counts per session for the project team. */
export const statusCard = ({ stored, sessions, unfinished }: ReviewStatus): CardJson => {
  const review = stored.review;
  const totals = sessions.reduce(
    (sum, s) => ({ answered: sum.answered + s.counts.accepted + s.counts.tentative + s.counts.declined, all: sum.all + s.counts.accepted + s.counts.tentative + s.counts.declined + s.counts.pending }),
    { answered: 0, all: 0 },
  );
  const unfinishedNote = unfinished ? ` ${unfinished}` : '';
  return renderCard('status', {
    reviewName: review.name,
    summary: `${sessions.length} sessions booked, ${totals.answered} of ${totals.all} invitations answered.${unfinishedNote}`,
    rows: sessions.map(({ booking, counts }) => ({
      time: sessionTime(booking.start, booking.end, review.timeZone),
      // A case is known by its id; an on-site session by its title.
      session: booking.kind === 'caseReview' ? booking.sessionId : booking.subject,
      ...counts,
      declinedColor: counts.declined > 0 ? 'Attention' : 'Default',
    })),
    declines: sessions.flatMap(({ booking, declined }) =>
      declined.map((i) => `${booking.kind === 'caseReview' ? booking.sessionId : booking.subject}: ${nameOf(review, i.email)}${i.reason ? ` (“${i.reason}”)` : ''}`),
    ),
  });
};
