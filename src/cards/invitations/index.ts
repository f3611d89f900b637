export { inviteCard, mySessionsCard } from './invite-card.js';
export type { AnswerView } from './invite-card.js';
export { statusCard } from './status-card.js';
export { declineCard } from './decline-card.js';
export { outlookChangeCard } from './outlook-change-card.js';
export { reminderCard } from './reminder-card.js';
export { reminderMail } from './reminder-mail.js';
export type { MailText } from './reminder-mail.js';
