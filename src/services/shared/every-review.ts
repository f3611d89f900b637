import type { ReviewRepository, StoredReview } from '../ports/index.js';

/**
 * The timer's work runs for every review, not only the one chat works on: a review set aside for another keeps
 * its events in calendars, so its reminders, digests and prompts still go. Answers the sum of what each gave.
 */
export const forEveryReview = async (reviews: ReviewRepository, work: (stored: StoredReview) => Promise<number>): Promise<number> => {
  let total = 0;
  for (const { id } of await reviews.list()) {
    const stored = await reviews.get(id);
    if (stored) total += await work(stored);
  }
  return total;
};
