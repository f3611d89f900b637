import type { BookingDeps, ClaimedProposal } from './book-proposal.js';
import type { BookingProgress, CardLocation } from '../ports/index.js';

/**
 * The proposal card's progress while a run books it: each step an outbox message that updates the card in place,
 * in the chat it is in, within Teams' limits and retried like every message. The updates are numbered on from the
 * card's last, so that a later run's (Confirm again, or Finish booking after a crash) replace an earlier run's.
 * `presser` asked for the run; the message is theirs. Without a card there is nothing to update.
 */
export const progressOnCard = (deps: BookingDeps, claimed: ClaimedProposal, card: CardLocation | undefined, presser: string) => {
  const { stored, proposal } = claimed;
  let last: number | undefined;
  return async (progress: BookingProgress): Promise<void> => {
    if (!card) return;
    // Read once the run holds its lock: no other run numbers this card's updates meanwhile.
    last = (last ?? (await deps.store.messages.lastProgressUpdate(proposal.id))) + 1;
    const message = {
      key: `progress:${proposal.id}:${last}`,
      reviewId: stored.id,
      recipient: presser,
      payload: { kind: 'progress' as const, proposalId: proposal.id, update: last, card, progress },
      dueAt: deps.now(),
    };
    // The booking matters more than its card: a try cut off here is the outbox's to finish, or the next update's.
    await deps.outbox.sendNow([message]).catch((error: unknown) => deps.log.warn({ err: String(error) }, 'progress update not sent'));
  };
};
