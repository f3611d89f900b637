/** The defaults a project team gets without a `reminders` section in its review file, and the policy a review has. */
import type { ReminderPolicy, Review, WorkingHours } from '../shared/index.js';

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] };

export const DEFAULT_POLICY: ReminderPolicy = {
  noReply: ['PT72H', 'PT24H'],
  joiningDetails: true,
  digest: '08:30',
  workingHours: DEFAULT_WORKING_HOURS,
};

export const policyOf = (review: Review): ReminderPolicy => review.reminders ?? DEFAULT_POLICY;
