/**
 * A calendar event's subject names the review, because Outlook shows it among everything else; a card names the
 * review once in its own header, so it shows the session's title alone. One place owns the format both ways.
 */
import type { Review } from '../shared/index.js';

export const sessionSubject = (review: Review, title: string): string => `${title}: ${review.name}`;

export const caseReviewTitle = (caseId: string): string => `Case review ${caseId}`;

/** The session's own title, from the subject Convene gave its event. */
export const sessionTitle = (review: Review, subject: string): string => {
  const suffix = `: ${review.name}`;
  return subject.endsWith(suffix) && subject.length > suffix.length ? subject.slice(0, -suffix.length) : subject;
};
