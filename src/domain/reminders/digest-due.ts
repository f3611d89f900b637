/**
 * When the project team's morning digest is due: on each working day, from its time ("08:30") until working hours
 * end, so that a bot that was down at 08:30 still sends that day's digest once it is back, but never sends the
 * evening's state as a morning digest, nor one on a day off.
 */
import { DateTime } from 'luxon';
import { WEEKDAYS, type ReminderPolicy } from '../shared/index.js';

/** "HH:mm" on the day of `local`; "24:00" is the next midnight. */
const onDay = (local: DateTime, hhmm: string): DateTime => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return hour === 24 ? local.startOf('day').plus({ days: 1 }) : local.set({ hour, minute, second: 0, millisecond: 0 });
};

/** The local day (yyyy-MM-dd) whose digest is due at `now`, or undefined. */
export const digestDue = (policy: ReminderPolicy, zone: string, now: string): string | undefined => {
  if (policy.digest === false) return undefined;
  const local = DateTime.fromISO(now, { zone });
  const hours = policy.workingHours;
  if (!hours.days.includes(WEEKDAYS[local.weekday - 1]!)) return undefined;
  return local >= onDay(local, policy.digest) && local < onDay(local, hours.end) ? local.toISODate()! : undefined;
};
