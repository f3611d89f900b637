import type { Review } from './review.js';

/** The name the review gives a person, or their email when it gives none. */
export const nameOf = (review: Review, email: string): string =>
  review.peers.find((p) => p.email === email)?.name ?? review.people.find((p) => p.email === email)?.name ?? email;

export const namesOf = (review: Review, emails: readonly string[]): string =>
  emails.map((email) => nameOf(review, email)).join(', ');
