export { answerFromCalendar, countRsvps, isRsvpAnswer } from './rsvp.js';
export type { Rsvp, RsvpAnswer, RsvpCounts } from './rsvp.js';
export { attentionOf, NO_REPLY_DAYS, repliesByDay } from './attention.js';
export type { Attention, DayReplies, Reply, SessionReplies } from './attention.js';
