/** `reviews`: the reviews Convene has, and which one chat works on. */
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { isProjectTeam } from '../shared/index.js';
import type { ReviewListing, Store } from '../ports/index.js';

type Deps = { store: Pick<Store, 'reviews' | 'bookings'> };

/** For anyone on the project team of a review Convene has: the others are not theirs to see. */
export const listReviews = async ({ store }: Deps, asker: string): Promise<Result<ReviewListing>> => {
  const summaries = await store.reviews.list();
  const reviews = [];
  for (const [n, summary] of summaries.entries()) {
    const stored = await store.reviews.get(summary.id);
    if (!stored) continue;
    const booked = (await store.bookings.forReview(stored.id)).filter((booking) => booking.status === 'booked').length;
    const mayChoose = isProjectTeam(stored.review, asker);
    reviews.push({ ...summary, timeZone: stored.review.timeZone, booked, current: n === 0, mayChoose });
  }
  if (!reviews.some((entry) => entry.mayChoose)) {
    return userError('ACCESS.DENIED', reviews.length === 0 ? 'There is no review yet. The project team can send **import** with the review file.' : 'Sorry, only a review’s project team can see the reviews.');
  }
  return ok({ reviews });
};

/** Makes chat work on review `reviewId`, for someone on its project team. */
export const chooseReview = async ({ store }: Deps, reviewId: unknown, asker: string): Promise<Result<ReviewListing>> => {
  const stored = typeof reviewId === 'string' ? await store.reviews.get(reviewId) : undefined;
  if (!stored) return userError('REVIEW.NOT_FOUND', 'I cannot find this review. Send **reviews** to see them.');
  if (!isProjectTeam(stored.review, asker)) return userError('ACCESS.DENIED', `Sorry, only the project team of ${stored.review.name} can make chat work on it.`);
  await store.reviews.choose(stored.id);
  return listReviews({ store }, asker);
};
