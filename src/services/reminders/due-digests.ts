/**
 * The timer's part in the digest: once on each working morning, at the policy's time, a digest to each of the
 * project team while sessions are still to come. The key (review, local day, person) makes it once a day.
 */
import { digestDue, policyOf } from '../../domain/reminders/index.js';
import type { Outbox } from '../outbox/index.js';
import type { Store, StoredReview } from '../ports/index.js';
import { forEveryReview } from '../shared/index.js';

type Deps = { store: Store; outbox: Outbox; now: () => string };

export const queueDigests = (deps: Deps): Promise<number> => forEveryReview(deps.store.reviews, (stored) => queueForReview(deps, stored));

const queueForReview = async (deps: Deps, stored: StoredReview): Promise<number> => {
  const now = deps.now();
  const day = digestDue(policyOf(stored.review), stored.review.timeZone, now);
  if (!day) return 0;
  const upcoming = (await deps.store.bookings.forReview(stored.id)).some((b) => b.status === 'booked' && b.start > now);
  if (!upcoming) return 0;
  return deps.outbox.queue(
    stored.review.projectTeam.map((member) => ({ key: `digest:${stored.id}:${day}:${member}`, reviewId: stored.id, recipient: member, payload: { kind: 'digest' }, dueAt: now })),
  );
};
