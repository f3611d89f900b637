export { queueDigests } from './due-digests.js';
export { queueDueReminders } from './due-reminders.js';
export { remindNow } from './remind-now.js';
export type { Reminded } from './remind-now.js';
export { reviewDigest } from './review-digest.js';
export { sendAgain } from './send-again.js';
export type { DigestDeps } from './review-digest.js';
export { reminderPolicy, setReminderPolicy } from './reminder-policy.js';
export type { PolicyInput, ReviewPolicy } from './reminder-policy.js';
