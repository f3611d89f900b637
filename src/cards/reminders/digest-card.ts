/** The project team's digest, each working morning and on `remind`: whom to chase, and a way to remind them now. */
import { sessionTitle } from '../../domain/programme/index.js';
import { nameOf, sessionTime } from '../../domain/shared/index.js';
import type { CardJson, DigestSession, MessageKind, Reach, ReviewDigest, StoredMessage } from '../../services/ports/index.js';
import { clockTime, renderCard, VERBS } from '../shared/index.js';

/** A long programme's digest shows the first sessions; `status` shows them all. */
const SHOWN = 10;

/** Each silent person once, under how they can be reached. */
const REACH: Record<Reach, string> = {
  chat: 'No reply (Teams)',
  email: 'No reply (reminded by email)',
  calendarOnly: 'No reply (calendar invitation only)',
  blocked: 'No reply (blocked Convene; calendar invitation only)',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const sessionBlock = (digest: ReviewDigest, { booking, noReply, declined }: DigestSession) => {
  const { review } = digest.stored;
  return {
    title: sessionTitle(review, booking.subject),
    when: sessionTime(booking.start, booking.end, review.timeZone),
    noReply: (Object.keys(REACH) as Reach[]).flatMap((reach) => {
      const names = noReply.filter((n) => n.reach === reach).map((n) => nameOf(review, n.invitation.email));
      return names.length > 0 ? [{ line: `${REACH[reach]}: ${names.join(', ')}` }] : [];
    }),
    declined: declined.map((i) => `${nameOf(review, i.email)}${i.reason ? ` (“${i.reason}”)` : ''}`).join(', '),
  };
};

export interface DigestCardOptions {
  /** A fresh uuid per card: Remind now pressed twice on it reminds each person once. */
  nonce: string;
  /** After Remind now: how many were reminded, and when (UTC ISO). */
  reminded?: { count: number; at: string };
  /** After Send again: how many were queued again. */
  resent?: number;
}

/** A long list of refusals shows the first; the rest are counted. */
const FAILED_SHOWN = 5;
const REASON_LENGTH = 120;

const KIND_WORDS: Partial<Record<MessageKind, string>> = {
  invite: 'Invite card',
  reminder: 'Reminder',
  decline: 'Decline notice',
  changedInOutlook: 'Notice of a change in Outlook',
  digest: 'Digest',
};

const failedLine = (digest: ReviewDigest, message: StoredMessage) => {
  const reason = (message.reason ?? 'no reason given').slice(0, REASON_LENGTH);
  return { line: `${KIND_WORDS[message.payload.kind] ?? 'Message'} to ${nameOf(digest.stored.review, message.recipient)}: ${reason}` };
};

export const digestCard = (digest: ReviewDigest, options: DigestCardOptions): CardJson => {
  const { review } = digest.stored;
  const silent = digest.sessions.reduce((n, s) => n + s.noReply.length, 0);
  const declined = digest.sessions.reduce((n, s) => n + s.declined.length, 0);
  const summary =
    digest.upcoming === 0
      ? 'No session is still to come.'
      : silent + declined === 0
        ? `Everyone invited to the ${plural(digest.upcoming, 'session')} still to come has answered.`
        : `${plural(digest.upcoming, 'session')} still to come: ${plural(silent, 'invitation')} not answered, ${declined} declined.`;
  const { reminded, resent } = options;
  const failed = digest.failed.slice(0, FAILED_SHOWN).map((m) => failedLine(digest, m));
  if (digest.failed.length > FAILED_SHOWN) failed.push({ line: `And ${digest.failed.length - FAILED_SHOWN} more.` });
  return renderCard('digest', {
    reviewName: review.name,
    heading: 'Replies to chase',
    summary,
    sessions: digest.sessions.slice(0, SHOWN).map((s) => sessionBlock(digest, s)),
    more: digest.sessions.length > SHOWN ? `And ${plural(digest.sessions.length - SHOWN, 'more session')}: send **status** to see them all.` : '',
    failedHeading: `Not sent: Teams refused ${plural(digest.failed.length, 'message')}, after trying again`,
    failed,
    done: reminded
      ? reminded.count > 0
        ? `${plural(reminded.count, 'reminder')} on the way at ${clockTime(reminded.at, review.timeZone)}.`
        : 'These reminders went already.'
      : resent !== undefined
        ? resent > 0
          ? `${plural(resent, 'message')} queued to be sent again.`
          : 'Nothing is left to send again.'
        : '',
    remind: !reminded && digest.toRemind.length > 0 ? `**Remind now** sends a reminder at once for the ${plural(digest.toRemind.length, 'unanswered invitation')} it can reach.` : '',
    nonce: options.nonce,
    verbs: { remindNow: VERBS.remindNow, sendAgain: VERBS.sendAgain },
  });
};
