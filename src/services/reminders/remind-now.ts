/**
 * **Remind now**, pressed on the digest: a reminder at once to each silent person a card reaches, recorded on
 * the invitation so that the policy's own reminder within the hour is not sent as well. The press's nonce is in
 * each message's key, so a double click, or the same card pressed by two of the team, reminds each person once.
 */
import { ok, userError, type Result } from '../../domain/shared/index.js';
import type { Outbox } from '../outbox/index.js';
import type { OutboundMessage, ReviewDigest } from '../ports/index.js';
import { currentReview } from '../shared/index.js';
import { reviewDigest, type DigestDeps } from './review-digest.js';

export interface Reminded {
  digest: ReviewDigest;
  /** People newly reminded by this press (0 when it was pressed before). */
  reminded: number;
}

export const remindNow = async (deps: DigestDeps & { outbox: Outbox }, asker: string, nonce: unknown): Promise<Result<Reminded>> => {
  if (typeof nonce !== 'string' || !/^[0-9a-f-]{36}$/i.test(nonce)) return userError('CARD.INVALID', 'This card is missing what it needs. Send **remind** for a fresh one.');
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const digest = await reviewDigest(deps, current.value, asker);
  if (!digest.ok) return digest;
  const now = deps.now();
  const messages: OutboundMessage[] = digest.value.toRemind.map((invitation) => ({
    key: `${invitation.id}:remindNow:${nonce}`,
    reviewId: current.value.id,
    recipient: invitation.email,
    payload: { kind: 'reminder', invitationId: invitation.id, reminder: 'noReply', meantFor: now, remindNow: true },
    dueAt: now,
  }));
  const reminded = await deps.outbox.queue(messages);
  if (reminded > 0) await deps.store.invitations.markReminded(digest.value.toRemind.map((i) => i.id), now);
  return ok({ digest: digest.value, reminded });
};
