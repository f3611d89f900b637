export { DEFAULT_POLICY, DEFAULT_WORKING_HOURS, policyOf } from './policy.js';
export { WEEKDAYS } from '../shared/index.js';
export type { ReminderPolicy, Weekday, WorkingHours } from '../shared/index.js';
export { inviteeOf, remindersFor } from './reminders-due.js';
export type { InvitationRecord, Invitee, Reminder, ReminderKind, ReminderPlan, SessionToRemind, SkippedReminder, SkipReason } from './reminders-due.js';
export { isWorkingTime, workingAtOrAfter, workingAtOrBefore, workingDayBefore, workingMornings } from './working-hours.js';
export { digestDue } from './digest-due.js';
