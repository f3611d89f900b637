import type { Review } from './review.js';

/** The name the review knows someone by (peers first, then people), or their email if it has none. */
export const describePerson = (review: Review, email: string): string =>
  review.peers.find((p) => p.email === email)?.name ?? review.people.find((p) => p.email === email)?.name ?? email;
