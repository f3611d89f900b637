export { answerFromCalendar, countRsvps, isRsvpAnswer } from './rsvp.js';
export type { Rsvp, RsvpAnswer, RsvpCounts } from './rsvp.js';
