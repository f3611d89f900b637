/** The reminders card: the review's reminder policy in words, and a form to change it. */
import { Duration } from 'luxon';
import type { ReminderPolicy, Weekday } from '../../domain/shared/index.js';
import type { CardJson, StoredReview } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';

const WEEKDAY_TITLES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** "PT72H" is "72 h", "P3D" is "3 days", "PT90M" is "1 h 30 min". */
export const offsetText = (iso: string): string => {
  const { days, hours, minutes } = Duration.fromISO(iso).shiftTo('days', 'hours', 'minutes').toObject();
  if (iso.includes('D') && !iso.includes('T')) return `${days} day${days === 1 ? '' : 's'}`;
  const total = (days ?? 0) * 24 + (hours ?? 0);
  return [total > 0 ? `${total} h` : '', minutes ? `${minutes} min` : ''].filter(Boolean).join(' ');
};

const daysText = (days: Weekday[]): string => (days.length === 7 ? 'every day' : days.map((d) => WEEKDAY_TITLES[d]).join(', '));

const summaryOf = (policy: ReminderPolicy): string => {
  const { workingHours: hours } = policy;
  const when = hours.start === '00:00' && hours.end === '24:00' && hours.days.length === 7 ? 'at any time' : `in working hours (${hours.start}–${hours.end}, ${daysText(hours.days)})`;
  const noReply = policy.noReply.length > 0 ? `Reminders ${policy.noReply.map(offsetText).join(' and ')} before each session to those who have not answered, ${when}.` : 'No reminders to those who have not answered.';
  const details = policy.joiningDetails ? ' Joining details the working day before.' : '';
  const digest = policy.digest ? ` The digest at ${policy.digest} each working morning.` : ' No morning digest.';
  return `${noReply}${details}${digest}`;
};

/** The offsets as a person would type them: hours where they are whole hours, else the ISO duration. */
const typed = (iso: string): string => {
  const duration = Duration.fromISO(iso);
  const hours = duration.as('hours');
  return iso.startsWith('PT') && Number.isInteger(hours) ? String(hours) : iso;
};

export interface RemindersCardOptions {
  saved?: boolean;
  /** Each problem of a change that was refused, and what was typed, so that nothing typed is lost. */
  problems?: string[];
  typed?: Partial<Record<'noReply' | 'joiningDetails' | 'digest' | 'start' | 'end' | 'days', string>>;
}

export const remindersCard = (stored: StoredReview, policy: ReminderPolicy, options: RemindersCardOptions = {}): CardJson => {
  const problems = options.problems ?? [];
  return renderCard('reminders', {
    reviewName: stored.review.name,
    reviewId: stored.id,
    summary: summaryOf(policy),
    saved: options.saved ? 'Saved. The timer follows it from its next run; what was sent already stays as it is.' : '',
    problemsHeading: `Not saved: ${problems.length === 1 ? 'one thing' : `${problems.length} things`} to fix`,
    problems: problems.map((line) => ({ line })),
    noReply: options.typed?.noReply ?? policy.noReply.map(typed).join(', '),
    joiningDetails: options.typed?.joiningDetails ?? String(policy.joiningDetails),
    digest: options.typed?.digest ?? (policy.digest === false ? 'off' : policy.digest),
    start: options.typed?.start ?? policy.workingHours.start,
    end: options.typed?.end ?? policy.workingHours.end,
    days: options.typed?.days ?? policy.workingHours.days.join(','),
    weekdays: Object.entries(WEEKDAY_TITLES).map(([value, title]) => ({ value, title })),
    verbs: { save: VERBS.savePolicy },
  });
};
