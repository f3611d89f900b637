import type { Review } from '../../domain/shared/index.js';
import type { BookingProgress, CardJson, Proposal } from '../../services/ports/index.js';
import { onSiteProposalCard } from './on-site-proposal-card.js';
import { proposalCard } from './proposal-card.js';
import { changesCard } from './changes-card.js';

/** The card with a proposal's buttons, whichever kind it is: what Confirm, Cancel and booking progress replace. */
export const cardForProposal = (review: Review, proposal: Proposal, progress?: BookingProgress): CardJson => {
  if (proposal.kind === 'changes') return changesCard(review, proposal, progress);
  return proposal.kind === 'onSite' ? onSiteProposalCard(review, proposal, progress) : proposalCard(review, proposal, progress);
};
