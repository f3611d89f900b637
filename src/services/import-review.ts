import { parseReviewFile } from '../domain/review-file.js';
import { ok, userError, type Result } from '../domain/user-error.js';
import { isProjectTeam } from './access.js';
import type { ReviewRepository, StoredReview } from './ports.js';

/**
 * Imports a review file. Nothing is stored unless the whole file is valid, the importer is on the
 * current review's project team (if there is one) and on the new file's, so they can manage it after.
 */
export const importReview = async (
  reviews: ReviewRepository,
  text: string,
  importer: string,
): Promise<Result<StoredReview>> => {
  const current = await reviews.latest();
  if (current && !isProjectTeam(current.review, importer)) {
    return userError('ACCESS.DENIED', `Sorry, only the project team of ${current.review.name} can import a review.`);
  }
  const parsed = parseReviewFile(text);
  if (!parsed.ok) return parsed;
  if (!isProjectTeam(parsed.value, importer)) {
    return userError(
      'ACCESS.DENIED',
      `You are not in this file's review.projectTeam, so you could not manage the review after importing it. Add ${importer} to review.projectTeam and send the file again.`,
    );
  }
  return ok(await reviews.save(parsed.value, importer));
};
