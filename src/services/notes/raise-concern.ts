/**
 * A safeguarding or whistle-blowing concern goes at once, privately, to the team lead and the challenge
 * manager (manual, Appendix 2 vi). It is stored apart from notes, keeps its author, and is never collected.
 */
import { nameOf } from '../../domain/shared/index.js';
import type { Outbox } from '../outbox/index.js';
import type { Concern } from '../ports/index.js';
import { leadsOf } from './note-access.js';
import type { Log, Store, StoredReview } from '../ports/index.js';

export interface RaisedConcern {
  concern: Concern;
  /** Names of the leads the card reached, and of those it has not reached (no chat with the bot, or Teams refused it). */
  told: string[];
  notReached: string[];
}

export const raiseConcern = async (deps: { store: Store; outbox: Outbox; log: Log; now: () => string }, stored: StoredReview, author: string, text: string): Promise<RaisedConcern> => {
  const concern = await deps.store.concerns.add({ reviewId: stored.id, author, text });
  const leads = leadsOf(stored.review).filter((email) => email !== author);
  // Sent in this turn, so that the author is told truthfully who has it; one Teams refused stays queued and is retried.
  const ended = await deps.outbox.sendNow(
    leads.map((lead) => ({ key: `concern:${concern.id}:${lead}`, reviewId: stored.id, recipient: lead, payload: { kind: 'concern', concernId: concern.id }, dueAt: deps.now() })),
  );
  const told = leads.filter((lead) => ended.get(`concern:${concern.id}:${lead}`) === 'sent');
  const notReached = leads.filter((lead) => !told.includes(lead));
  deps.log.info({ reviewId: stored.id, reached: told.length, notReached: notReached.length }, 'concern raised');
  return { concern, told: told.map((email) => nameOf(stored.review, email)), notReached: notReached.map((email) => nameOf(stored.review, email)) };
};
