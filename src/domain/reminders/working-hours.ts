/**
 * Working time in the review's zone. A reminder moved out of the night or the weekend goes to the latest working
 * moment before it, so that it still gives at least the notice its offset promised.
 */
import { DateTime } from 'luxon';
import { WEEKDAYS, type WorkingHours } from '../shared/index.js';

/** A week is enough to find a working day when at least one day is listed; the schema refuses an empty list. */
const DAYS_SEARCHED = 8;

/** A wall-clock time on a day: "09:00" is 09:00 on the day of a clock change too; "24:00" is the next midnight. */
const at = (day: DateTime, hhmm: string): DateTime => {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  return hour === 24 ? day.startOf('day').plus({ days: 1 }) : day.set({ hour, minute, second: 0, millisecond: 0 });
};

const isWorkingDay = (day: DateTime, hours: WorkingHours): boolean => hours.days.includes(WEEKDAYS[day.weekday - 1]!);

/** Start and end of the working window on a day, as instants: "24:00" is the next midnight, a clock change counted. */
const window = (day: DateTime, hours: WorkingHours) => ({ start: at(day, hours.start), end: at(day, hours.end) });

/** Whether an instant lies in working time: from the start up to, not including, the end. */
export const isWorkingTime = (instant: string, zone: string, hours: WorkingHours): boolean => {
  const local = DateTime.fromISO(instant, { zone });
  if (!isWorkingDay(local, hours)) return false;
  const { start, end } = window(local, hours);
  return local >= start && local < end;
};

/** The latest working moment at or before the instant (a working window's end counts), as UTC ISO. */
export const workingAtOrBefore = (instant: string, zone: string, hours: WorkingHours): string => {
  const local = DateTime.fromISO(instant, { zone });
  for (let back = 0; back < DAYS_SEARCHED; back++) {
    const day = local.minus({ days: back });
    if (!isWorkingDay(day, hours)) continue;
    const { start, end } = window(day, hours);
    if (local >= end) return end.toUTC().toISO()!;
    if (local >= start) return local.toUTC().toISO()!;
  }
  throw new Error('working hours list no day');
};

/** The earliest working moment at or after the instant, as UTC ISO. */
export const workingAtOrAfter = (instant: string, zone: string, hours: WorkingHours): string => {
  const local = DateTime.fromISO(instant, { zone });
  for (let ahead = 0; ahead < DAYS_SEARCHED; ahead++) {
    const day = local.plus({ days: ahead });
    if (!isWorkingDay(day, hours)) continue;
    const { start, end } = window(day, hours);
    if (local < start) return start.toUTC().toISO()!;
    if (local < end) return local.toUTC().toISO()!;
  }
  throw new Error('working hours list no day');
};

/** The start of working time on the last working day before the instant's local day, as UTC ISO. */
export const workingDayBefore = (instant: string, zone: string, hours: WorkingHours): string => {
  const local = DateTime.fromISO(instant, { zone });
  for (let back = 1; back <= DAYS_SEARCHED; back++) {
    const day = local.minus({ days: back });
    if (isWorkingDay(day, hours)) return window(day, hours).start.toUTC().toISO()!;
  }
  throw new Error('working hours list no day');
};

/** Each working day's moment at "HH:mm" from `from` (inclusive) to `to` (exclusive), as UTC ISO: the digest's times. */
export const workingMornings = (from: string, to: string, zone: string, hours: WorkingHours, hhmm: string): string[] => {
  const end = DateTime.fromISO(to, { zone });
  const times: string[] = [];
  for (let day = DateTime.fromISO(from, { zone }).startOf('day'); day < end; day = day.plus({ days: 1 })) {
    const moment = at(day, hhmm);
    if (isWorkingDay(day, hours) && moment >= DateTime.fromISO(from, { zone }) && moment < end) times.push(moment.toUTC().toISO()!);
  }
  return times;
};
