export { answerInvitation } from './answer-invitation.js';
export { mySessions } from './my-sessions.js';
export { reviewStatus, statusOfReview } from './rsvp-status.js';
