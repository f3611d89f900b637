export { Outbox } from './outbox.js';
export type { OutboxDeps } from './outbox.js';
export { queueDueReminders } from './due-reminders.js';
export { SendPacer } from './send-pacer.js';
