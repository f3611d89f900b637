/** The shape of a review's reminder policy, part of the review (the defaults are in src/domain/reminders). */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WorkingHours {
  /** "HH:mm" in the review's zone. */
  start: string;
  /** "HH:mm", or "24:00" for the end of the day. */
  end: string;
  days: Weekday[];
}

export interface ReminderPolicy {
  /** ISO 8601 durations before a session's start, for people who have not answered: ["PT72H", "PT24H"]. */
  noReply: string[];
  /** Whether those who accepted or said maybe get the joining details the working day before. */
  joiningDetails: boolean;
  /** "HH:mm" each working morning for the project team's digest, or false for none. */
  digest: string | false;
  workingHours: WorkingHours;
}
