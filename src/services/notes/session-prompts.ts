/**
 * After a session ends, its peers get a card to log notes, and a case reviewer gets the EHCP form. Run on the
 * timer by the composition root; each prompt is one outbox message (its key: booking, person, kind), so it goes
 * once even when several bot instances run the same timer.
 */
import { duePrompts } from '../../domain/programme/index.js';
import type { Outbox } from '../outbox/index.js';
import type { Log, OutboundMessage, Store, StoredReview } from '../ports/index.js';
import { forEveryReview } from '../shared/index.js';

interface Deps {
  store: Store;
  outbox: Outbox;
  log: Log;
  now: () => string;
}

/** Queues the prompts now due, for every review; answers how many were new. */
export const queueSessionPrompts = (deps: Deps): Promise<number> => forEveryReview(deps.store.reviews, (stored) => queueForReview(deps, stored));

const queueForReview = async (deps: Deps, stored: StoredReview): Promise<number> => {
  const bookings = (await deps.store.bookings.forReview(stored.id)).filter((b) => b.status === 'booked');
  const messages: OutboundMessage[] = [];
  for (const prompt of duePrompts(stored.review, bookings, deps.now())) {
    // Someone who never wrote to the bot cannot get a card yet; they are tried again on the next run.
    if (!(await deps.store.people.conversationFor(prompt.email))) continue;
    messages.push({
      key: `${prompt.kind}Prompt:${prompt.bookingId}:${prompt.email}`,
      reviewId: stored.id,
      recipient: prompt.email,
      payload: { kind: 'prompt', prompt: prompt.kind, bookingId: prompt.bookingId },
      dueAt: deps.now(),
    });
  }
  const queued = await deps.outbox.queue(messages);
  if (queued > 0) deps.log.info({ reviewId: stored.id, queued }, 'session prompts queued');
  return queued;
};
