import { SESSION_FORMS, withSessionAdded, type SessionAdded } from '../../domain/chat-changes/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { Store, StoredReview } from '../ports/index.js';
import { currentReview } from '../shared/index.js';
import { mayChange } from './one-change.js';

const EXAMPLE = 'add { id: C17, caseWorker: sam.lee@council.example, categories: [inHospital] }';

/**
 * `add <session>`: the review with the session is stored as its next revision, as if its file had been imported with
 * it, so the review and what is booked stay one (and the next import of the file is compared with it). Placing it is
 * then what `review changes` does.
 */
export const addSession = async (deps: { store: Store }, text: string, asker: string): Promise<Result<SessionAdded & { stored: StoredReview }>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const refused = await mayChange(deps.store, stored, asker, 'add');
  if (refused) return refused;
  if (text.trim() === '') return userError('SESSION.FORM', `Write the session after **add**: ${SESSION_FORMS}. For example: ${EXAMPLE}`);
  const added = withSessionAdded(stored.review, text);
  if (!added.ok) return added;
  // A file imported meanwhile would be overwritten by one made from the revision before it.
  if ((await deps.store.reviews.get(stored.id))?.revision !== stored.revision) {
    return userError('REVIEW.CHANGED', `${stored.review.name} was imported again meanwhile, so nothing was added. Send **add** again.`);
  }
  const revised = await deps.store.reviews.revise(stored.id, added.value.review, asker);
  if (!revised) return userError('REVIEW.NONE', 'The review was removed meanwhile, so nothing was added.');
  return ok({ ...added.value, stored: revised });
};
