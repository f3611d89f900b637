export { digestCard } from './digest-card.js';
export type { DigestCardOptions } from './digest-card.js';
export { remindersCard } from './reminders-card.js';
export type { RemindersCardOptions } from './reminders-card.js';
