import { alternativeWords, type AlternativeTime } from '../../domain/declines/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { namesOf, sessionTime, type Review } from '../../domain/shared/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';

/** `move <session>`: the times it could move to with nothing else moving (at least one), and a button to propose one. */
export const moveCard = (review: Review, session: BookedSession, alternatives: readonly AlternativeTime[]): CardJson => {
  const words = alternativeWords(alternatives, review.timeZone);
  return renderCard('move', {
    reviewName: review.name,
    title: session.title,
    when: sessionTime(session.start, session.end, review.timeZone),
    who: namesOf(review, [...session.peers, ...session.attendees]),
    alternatives: alternatives.map((a, n) => ({ title: words[n]!, value: a.start })),
    firstAlternative: alternatives[0]?.start ?? '',
    bookingId: session.bookingId ?? '',
    verb: VERBS.proposeMove,
  });
};
