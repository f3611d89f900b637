/** **Send again**, on the digest: the messages Teams refused for good are queued once more, from the start. */
import { ok, type Result } from '../../domain/shared/index.js';
import type { Outbox } from '../outbox/index.js';
import type { ReviewDigest } from '../ports/index.js';
import { currentReview } from '../shared/index.js';
import { reviewDigest, type DigestDeps } from './review-digest.js';

export const sendAgain = async (deps: DigestDeps & { outbox: Outbox }, asker: string): Promise<Result<{ digest: ReviewDigest; queued: number }>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const digest = await reviewDigest(deps, current.value, asker);
  if (!digest.ok) return digest;
  // Only a failed message is queued again: pressed twice, the second finds them queued already and does nothing.
  const queued = await deps.outbox.resend(digest.value.failed.map((m) => m.key));
  return ok({ digest: { ...digest.value, failed: [] }, queued });
};
