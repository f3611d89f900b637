/**
 * The demo review, moved forward by whole weeks so that its first day is at least a week away: `npm start` then
 * shows a programme still to come (invitations to answer, reminders due) on any date, with every session on the
 * same weekday and at the same local time as in the file.
 */
import { DateTime } from 'luxon';

const DATE = /\b(\d{4}-\d{2}-\d{2})(?=[T"',\s\]}]|$)/gm;

/** The file's text with every yyyy-MM-dd moved by the fewest whole weeks that put the earliest on or after `today` + 7 days. */
export const datesAhead = (text: string, today: string): string => {
  const dates = [...text.matchAll(DATE)].map((m) => m[1]!).filter((d) => DateTime.fromISO(d).isValid);
  if (dates.length === 0) return text;
  const earliest = DateTime.fromISO(dates.sort()[0]!);
  const wanted = DateTime.fromISO(today).plus({ days: 7 });
  const weeks = Math.max(0, Math.ceil(wanted.diff(earliest, 'days').days / 7));
  if (weeks === 0) return text;
  return text.replace(DATE, (date: string) => {
    const moved = DateTime.fromISO(date);
    return moved.isValid ? moved.plus({ weeks }).toISODate()! : date;
  });
};
