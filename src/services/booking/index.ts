export { allConfirmed } from './all-booked.js';
export { withCardsOnTheWay } from './cards-on-the-way.js';
export { confirmProposal } from './book-proposal.js';
export type { BookingDeps, ClaimedProposal } from './book-proposal.js';
export { cancelProposal } from './cancel-proposal.js';
export { finishBooking } from './finish-booking.js';
export { progressOnCard } from './progress-on-card.js';
