export { inviteCard } from './invite-card.js';
export { mySessionsCard } from './my-sessions-card.js';
export { statusCard } from './status-card.js';
