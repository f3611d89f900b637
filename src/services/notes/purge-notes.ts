/** `purge notes`: once the report is out, the challenge manager deletes every note and concern; counts are kept. */
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { currentReview } from '../shared/index.js';
import type { PurgeRecord } from '../ports/index.js';
import type { Log, Store, StoredReview } from '../ports/index.js';

const challengeManagerOnly = (stored: StoredReview, asker: string) =>
  stored.review.peers.some((p) => p.email === asker && p.role === 'challengeManager')
    ? undefined
    : userError('ACCESS.DENIED', `Sorry, only the challenge manager of ${stored.review.name} can purge its notes.`);

/** What a purge would delete, for the question asked before it. */
export const purgeQuestion = async (store: Store, asker: string): Promise<Result<{ stored: StoredReview; notes: number; concerns: number }>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const denied = challengeManagerOnly(current.value, asker);
  if (denied) return denied;
  const notes = (await store.notes.forReview(current.value.id)).length + (await store.notes.heldCount(current.value.id));
  const concerns = (await store.concerns.forReview(current.value.id)).length;
  return ok({ stored: current.value, notes, concerns });
};

export const purgeNotes = async (deps: { store: Store; log: Log }, asker: string): Promise<Result<{ stored: StoredReview; record: PurgeRecord }>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const denied = challengeManagerOnly(current.value, asker);
  if (denied) return denied;
  const record = await deps.store.purges.purge(current.value.id, asker);
  deps.log.info({ reviewId: current.value.id, notes: record.notes, concerns: record.concerns }, 'notes purged');
  return ok({ stored: current.value, record });
};
