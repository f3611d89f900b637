/** `concerns`: the review's safeguarding and whistle-blowing concerns, for the team lead and the challenge manager only. */
import { ok, type Result } from '../../domain/shared/index.js';
import { audienceOf } from '../shared/index.js';
import { currentReview } from '../shared/index.js';
import type { Concern } from '../ports/index.js';
import { leadsOnly } from './note-access.js';
import type { Store, StoredReview } from '../ports/index.js';

export interface ReviewConcerns {
  stored: StoredReview;
  concerns: Concern[];
}

export const readConcerns = async (store: Store, asker: string): Promise<Result<ReviewConcerns>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const denied = leadsOnly(current.value.review, asker, 'read its concerns');
  if (denied) return denied;
  return ok({ stored: current.value, concerns: await store.concerns.forReview(current.value.id) });
};

/**
 * The concerns that could not reach a lead because they had no chat with the bot yet: on their first chat,
 * every concern of the review (they cannot have raised one without a chat).
 */
export const concernsWaitingFor = async (store: Store, lead: string): Promise<ReviewConcerns | undefined> => {
  const stored = await store.reviews.latest();
  if (!stored || !audienceOf(stored.review, lead).lead) return undefined;
  const concerns = await store.concerns.forReview(stored.id);
  return concerns.length > 0 ? { stored, concerns } : undefined;
};
