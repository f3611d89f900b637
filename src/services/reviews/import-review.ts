import { parseReviewFile } from '../../domain/review-file/index.js';
import { ok, userError, type Result, type UserError } from '../../domain/shared/index.js';
import { isProjectTeam } from '../shared/index.js';
import type { ReviewRepository, StoredReview } from '../ports/index.js';

/**
 * Whether this person may import a review at all: the current review's project team, or anyone before
 * the first import. Asked before an attached file is downloaded, so a stranger makes the bot fetch nothing.
 */
export const mayImport = async (reviews: ReviewRepository, importer: string): Promise<UserError | undefined> => {
  const current = await reviews.latest();
  return current && !isProjectTeam(current.review, importer)
    ? userError('ACCESS.DENIED', `Sorry, only the project team of ${current.review.name} can import a review.`)
    : undefined;
};

/**
 * Imports a review file. Nothing is stored unless the whole file is valid, the importer is on the
 * current review's project team (if there is one) and on the new file's, so they can manage it after.
 */
export const importReview = async (
  reviews: ReviewRepository,
  text: string,
  importer: string,
): Promise<Result<StoredReview>> => {
  const refused = await mayImport(reviews, importer);
  if (refused) return refused;
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
