/**
 * A safeguarding or whistle-blowing concern goes at once, privately, to the team lead and the challenge
 * manager (manual, Appendix 2 vi). It is stored apart from notes, keeps its author, and is never collected.
 */
import { nameOf } from '../../domain/shared/index.js';
import type { Concern } from '../ports/index.js';
import { leadsOf } from './note-access.js';
import type { Log, Messenger, Store, StoredReview } from '../ports/index.js';

export interface RaisedConcern {
  concern: Concern;
  /** Names of the leads the card reached, and of those it could not reach (they have no chat with the bot). */
  told: string[];
  notReached: string[];
}

export const raiseConcern = async (
  deps: { store: Store; messenger: Messenger; log: Log },
  stored: StoredReview,
  author: string,
  text: string,
): Promise<RaisedConcern> => {
  const concern = await deps.store.concerns.add({ reviewId: stored.id, author, text });
  const told: string[] = [];
  const notReached: string[] = [];
  for (const lead of leadsOf(stored.review).filter((email) => email !== author)) {
    // A card Teams did not take is reported as not reached, so the author tells the lead directly.
    const sent = await deps.messenger.sendConcern(lead, { review: stored.review, concern }).catch((error: unknown) => {
      deps.log.warn({ reviewId: stored.id, err: String(error) }, 'concern card not sent');
      return false;
    });
    (sent ? told : notReached).push(nameOf(stored.review, lead));
  }
  deps.log.info({ reviewId: stored.id, reached: told.length, notReached: notReached.length }, 'concern raised');
  return { concern, told, notReached };
};
