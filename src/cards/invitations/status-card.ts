import { attentionOf, repliesByDay, type SessionReplies } from '../../domain/invitations/index.js';
import { sessionTitle } from '../../domain/programme/index.js';
import { dateLabel, joinAnd, nameOf, plural, sessionTime } from '../../domain/shared/index.js';
import type { CardJson, ReviewStatus } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';

/** A card shows what needs a decision; beyond this many sessions the replies page has the rest. */
const ATTENTION_SHOWN = 6;

export interface StatusCardOptions {
  now: string;
  /** The signed link to the replies page, when one could be made. */
  repliesUrl?: string;
}

/** `status` for the project team: replies counted per day, and the sessions that need them, by name. */
export const statusCard = ({ stored, sessions, unfinished }: ReviewStatus, { now, repliesUrl }: StatusCardOptions): CardJson => {
  const review = stored.review;
  const replies: (SessionReplies & { title: string })[] = sessions.map(({ booking, invitations }) => ({
    start: booking.start,
    end: booking.end,
    title: sessionTitle(review, booking.subject),
    replies: invitations,
  }));
  const invited = replies.reduce((n, s) => n + s.replies.length, 0);
  const answered = replies.reduce((n, s) => n + s.replies.filter((r) => r.rsvp !== 'pending').length, 0);
  const needing = replies.flatMap((session) => {
    const attention = attentionOf(session, now);
    return attention ? [{ session, attention }] : [];
  });
  return renderCard('status', {
    reviewName: review.name,
    summary:
      `${plural(sessions.length, 'session')} booked; ${answered} of ${plural(invited, 'invitation')} answered.` +
      (unfinished ? ` ${unfinished}` : ''),
    // Every value a TextBlock shows is a string: Teams draws a number there as nothing.
    days: repliesByDay(replies, review.timeZone).map((day) => ({
      day: dateLabel(day.date),
      sessions: String(day.sessions),
      answered: `${day.answered} of ${day.invitations}`,
      declined: String(day.declined),
      declinedWeight: day.declined > 0 ? 'Bolder' : 'Default',
      noReply: String(day.noReply),
    })),
    attention: needing.slice(0, ATTENTION_SHOWN).map(({ session, attention }) => ({
      title: session.title,
      when: sessionTime(session.start, session.end, review.timeZone),
      lines: [
        ...attention.declined.map((r) => `Declined: ${nameOf(review, r.email)}${r.reason ? ` (“${r.reason}”)` : ''}`),
        ...(attention.noReply.length > 0 ? [`No reply yet: ${joinAnd(attention.noReply.map((r) => nameOf(review, r.email)))}`] : []),
      ],
    })),
    clear: sessions.length === 0 || needing.length > 0 ? '' : clearLine(sessions.every(({ booking }) => booking.end <= now)),
    more: needing.length > ATTENTION_SHOWN ? moreLine(needing.length - ATTENTION_SHOWN, repliesUrl !== undefined) : '',
    repliesUrl: repliesUrl ?? '',
    pageHint: sessions.length > 0 && repliesUrl === undefined ? 'Every answer and reason is on the replies page: send **status** in a 1:1 chat with Convene for its link.' : '',
  });
};

// Said only when true: a decline of a session that is over needs nothing, so "nobody has declined" could be false.
const clearLine = (allOver: boolean): string =>
  allOver
    ? 'Every booked session is over: nothing needs your attention.'
    : 'Nothing needs your attention: no session to come has a decline, and none in the next two days is waiting for a reply.';

const moreLine = (more: number, hasPage: boolean): string =>
  `And ${plural(more, 'more session')} ${hasPage ? 'on the replies page' : 'not shown here'}.`;
