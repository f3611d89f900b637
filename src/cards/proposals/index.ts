export { onSiteProposalCards } from './on-site-proposal-card.js';
export { cardForProposal } from './proposal-card-for.js';
export { proposalCard } from './proposal-card.js';
export { changesCard } from './changes-card.js';
export { moveCard } from './move-card.js';
