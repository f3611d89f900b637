/** Which replies need the project team's attention, and the replies counted per day: the `status` summary's rules. */
import { DateTime } from 'luxon';
import { localDate } from '../shared/index.js';
import type { Rsvp } from './rsvp.js';

export interface Reply {
  email: string;
  rsvp: Rsvp;
  reason?: string;
}

export interface SessionReplies {
  start: string;
  end: string;
  replies: readonly Reply[];
}

/** No reply this close to a session is worth chasing; further off, people still have time. */
export const NO_REPLY_DAYS = 2;

export interface Attention {
  declined: Reply[];
  noReply: Reply[];
}

/** A session needs attention when someone declined it, or it starts within two days with someone still silent. Past sessions never do. */
export const attentionOf = (session: SessionReplies, now: string): Attention | undefined => {
  if (session.end <= now) return undefined;
  const declined = session.replies.filter((r) => r.rsvp === 'declined');
  const soon = DateTime.fromISO(session.start, { zone: 'utc' }).diff(DateTime.fromISO(now, { zone: 'utc' }), 'days').days <= NO_REPLY_DAYS;
  const noReply = soon ? session.replies.filter((r) => r.rsvp === 'pending') : [];
  return declined.length + noReply.length > 0 ? { declined, noReply } : undefined;
};

export interface DayReplies {
  /** yyyy-MM-dd in the review's zone. */
  date: string;
  sessions: number;
  invitations: number;
  answered: number;
  declined: number;
  noReply: number;
}

export const repliesByDay = (sessions: readonly SessionReplies[], zone: string): DayReplies[] => {
  const days = new Map<string, DayReplies>();
  for (const session of [...sessions].sort((a, b) => a.start.localeCompare(b.start))) {
    const date = localDate(session.start, zone);
    const day = days.get(date) ?? { date, sessions: 0, invitations: 0, answered: 0, declined: 0, noReply: 0 };
    day.sessions += 1;
    day.invitations += session.replies.length;
    day.answered += session.replies.filter((r) => r.rsvp !== 'pending').length;
    day.declined += session.replies.filter((r) => r.rsvp === 'declined').length;
    day.noReply += session.replies.filter((r) => r.rsvp === 'pending').length;
    days.set(date, day);
  }
  return [...days.values()];
};
