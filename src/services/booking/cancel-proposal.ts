import { ok, userError, type Result } from '../../domain/shared/index.js';
import { projectTeamOnly } from '../shared/index.js';
import type { Proposal, Store, StoredReview } from '../ports/index.js';

/** Drops a proposal that has not started booking; nothing was sent for it, so nothing needs undoing. */
export const cancelProposal = async (
  store: Store,
  proposalId: unknown,
  asker: string,
): Promise<Result<{ stored: StoredReview; proposal: Proposal }>> => {
  if (typeof proposalId !== 'string' || proposalId.length === 0) {
    return userError('CARD.INVALID', 'This card is missing its proposal.');
  }
  const proposal = await store.proposals.get(proposalId);
  const stored = proposal && (await store.reviews.get(proposal.reviewId));
  if (!proposal || !stored) return userError('PROPOSAL.NOT_FOUND', 'I cannot find this proposal.');
  const denied = projectTeamOnly(stored.review, asker, 'cancel a proposal');
  if (denied) return denied;
  if (!(await store.proposals.transition(proposal.id, ['proposed'], 'cancelled'))) {
    return userError('PROPOSAL.CLOSED', 'This proposal is already being booked or was cancelled, so it cannot be cancelled now.');
  }
  return ok({ stored, proposal: { ...proposal, status: 'cancelled' } });
};
