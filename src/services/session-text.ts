/** The words that go into calendar events, so Outlook and the cards say the same thing. */
import type { Review } from '../domain/review.js';

export const caseReviewSubject = (review: Review, caseId: string): string => `Case review ${caseId}: ${review.name}`;

export const caseReviewBody = (review: Review, caseId: string): string =>
  [
    `Case review call for case ${caseId}, part of ${review.name}.`,
    'A case reviewer from the peer team talks through the case with its lead case worker (about one hour).',
    'Please answer this invitation, and let the project team know at once if you cannot attend.',
  ].join('\n');
