/**
 * The demo review, moved forward by whole weeks so that its first day is at least a week away: `npm start` then
 * shows a programme still to come (invitations to answer, reminders due) on any date, with every session on the
 * same weekday and at the same local time as in the file.
 */
import { DateTime } from 'luxon';

const DATE = /\b(\d{4}-\d{2}-\d{2})(?=[T"',\s\]}]|$)/gm;

/** The file's text with every yyyy-MM-dd moved by the fewest whole weeks that put the earliest on or after `today` + 7 days. */
export const datesAhead = (text: string, today: string): string => {
  const earliest = earliestDate(text);
  if (!earliest) return text;
  const wanted = DateTime.fromISO(today).plus({ days: 7 });
  return shiftWeeks(text, Math.max(0, Math.ceil(wanted.diff(DateTime.fromISO(earliest), 'days').days / 7)));
};

/** The earliest yyyy-MM-dd in a file's text (or a review as JSON). */
export const earliestDate = (text: string): string | undefined =>
  [...text.matchAll(DATE)]
    .map((m) => m[1]!)
    .filter((d) => DateTime.fromISO(d).isValid)
    .sort()[0];

/** Every yyyy-MM-dd in the text moved by whole weeks: the same weekdays, the same local times. */
export const shiftWeeks = (text: string, weeks: number): string =>
  weeks === 0
    ? text
    : text.replace(DATE, (date: string) => {
        const moved = DateTime.fromISO(date);
        return moved.isValid ? moved.plus({ weeks }).toISODate()! : date;
      });

/** How many whole weeks `later`'s earliest date lies after `earlier`'s (texts, or reviews as JSON); 0 if not whole. */
export const weeksApart = (earlier: string, later: string): number => {
  const [a, b] = [earliestDate(earlier), earliestDate(later)];
  if (!a || !b) return 0;
  const days = DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days;
  return days > 0 && days % 7 === 0 ? days / 7 : 0;
};
