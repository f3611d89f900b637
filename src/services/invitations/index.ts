export { answerInvitation, declineMessages, writeAnswerToCalendar } from './answer-invitation.js';
export { mySessions } from './my-sessions.js';
export { reviewStatus, statusOfReview } from './rsvp-status.js';
export { cardRedraws, invitationCards, updateCardLater } from './invitation-cards.js';
export type { InvitationCard } from './invitation-cards.js';
export { cardsFollow } from './cards-follow.js';
export type { SessionChanged } from './cards-follow.js';
