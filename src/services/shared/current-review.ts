import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { ReviewRepository, StoredReview } from '../ports/index.js';

/** Chat commands act on the most recently imported review. */
export const currentReview = async (reviews: ReviewRepository): Promise<Result<StoredReview>> => {
  const stored = await reviews.latest();
  return stored
    ? ok(stored)
    : userError('REVIEW.NONE', 'There is no review yet. The project team can send **import** with the review file.');
};
