/** `reviews`: every review Convene has, which one chat works on, and a way to switch. */
import { localDateTime, plural } from '../../domain/shared/index.js';
import type { CardJson, ReviewListing } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';

export const reviewsCard = (listing: ReviewListing): CardJson =>
  renderCard('reviews', {
    lead:
      listing.reviews.length === 1
        ? 'Convene has one review: chat works on it.'
        : `Convene has ${plural(listing.reviews.length, 'review')}. Commands (schedule, status, reminders, notes) work on the one marked; the others keep their events and answers.`,
    reviews: listing.reviews.map((entry) => ({
      id: entry.id,
      name: entry.name,
      facts: `Revision ${entry.revision}, imported ${localDateTime(entry.importedAt, entry.timeZone)}; ${plural(entry.booked, 'session')} booked`,
      current: entry.current,
      mayChoose: entry.mayChoose,
    })),
    verbs: { choose: VERBS.chooseReview },
  });
