/**
 * Generated review files at and past Convene's size limits (docs/review-file.md), from the bench's generator:
 * the demo's on-site part scaled up, busy calendars included.
 */
import { generateReview, toReviewFile, type Shape } from '../../bench/generate.js';
import { LIMITS } from '../../src/domain/review-file/limits.js';
import type { Review } from '../../src/domain/shared/review.js';

/** The most sessions a file may have, for 60 peers (45 on site, the generator adds 15 case reviewers): plans in about 3 s. */
export const LARGEST: Shape = { sessions: LIMITS.sessions, peers: 45, attendees: 500, streams: 6, days: 14 };

/** The bench's 1× instance: the demo's size. */
export const ONE_X: Shape = { sessions: 32, peers: 6, attendees: 26, streams: 2, days: 4 };

export const generated = (shape: Shape, name = `Generated review of ${shape.sessions} sessions`): Review => generateReview(shape, name);

/** As LARGEST, every session needing 10 peers: the slowest kind of file at the limits found (about 20 s to plan). */
export const slowest = (): Review => {
  const review = generated(LARGEST, 'Generated review of 400 sessions of 10 peers each');
  const onSite = review.onSite as { sessions: Record<string, unknown>[] };
  return { ...review, onSite: { ...onSite, sessions: onSite.sessions.map((s) => ({ ...s, peers: 10 })) } };
};

/** The review as the one line of JSON a chat `import` takes. */
export const fileText = (review: Review): string =>
  JSON.stringify({ ...toReviewFile(review), ...(review.caseReviews ? { caseReviews: review.caseReviews } : {}) });

/** The review with `count` short interviews instead of its sessions, as in a file far over the limit. */
export const withSessions = (review: Review, count: number): Review => ({
  ...review,
  onSite: {
    ...(review.onSite as object),
    sessions: Array.from({ length: count }, (_, i) => ({ id: `s${i}`, title: `Interview ${i}`, kind: 'interview' })),
  },
});
