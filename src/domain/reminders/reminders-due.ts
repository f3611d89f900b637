/**
 * What a session's reminder policy asks for, and when: pure, from the policy, the session, each invitee's answer
 * and the time now. The outbox sends what is due, keeps what is later, and records what is skipped with its reason.
 */
import { DateTime, Duration } from 'luxon';
import type { Rsvp } from '../invitations/index.js';
import type { ReminderPolicy } from '../shared/index.js';
import { isWorkingTime, workingAtOrAfter, workingAtOrBefore, workingDayBefore } from './working-hours.js';

export type ReminderKind = 'noReply' | 'joiningDetails';

export interface Invitee {
  invitationId: string;
  email: string;
  rsvp: Rsvp;
  /** When the invitation went out: a reminder meant for before then makes no sense. */
  invitedAt: string;
  /** The last time someone pressed **Remind now** for this invitation. */
  remindedAt?: string;
}

/** An invitation as the store keeps it, in the parts the rules read. */
export interface InvitationRecord {
  id: string;
  email: string;
  rsvp: Rsvp;
  cardSentAt?: string;
  cardMissedAt?: string;
  remindedAt?: string;
}

/** An invitation as the reminder rules see it; undefined until it has gone out (a card, or the calendar invite only). */
export const inviteeOf = (invitation: InvitationRecord): Invitee | undefined => {
  const invitedAt = invitation.cardSentAt ?? invitation.cardMissedAt;
  if (!invitedAt) return undefined;
  return { invitationId: invitation.id, email: invitation.email, rsvp: invitation.rsvp, invitedAt, ...(invitation.remindedAt ? { remindedAt: invitation.remindedAt } : {}) };
};

export interface SessionToRemind {
  start: string;
  end: string;
  invitees: readonly Invitee[];
}

export interface Reminder {
  kind: ReminderKind;
  invitationId: string;
  email: string;
  /** When the policy meant it for, moved into working hours (UTC ISO): with the invitation and kind, its identity. */
  meantFor: string;
  /** When to send it: `meantFor`, or for one caught up after an outage, the next working moment. */
  sendAt: string;
  /** One message per invitation, kind and time, however often the plan is worked out. */
  key: string;
}

export type SkipReason =
  | 'answered'
  | 'beforeInvitation'
  | 'remindedRecently'
  | 'replaced'
  | 'sessionStarted'
  | 'noWorkingTimeLeft';

export interface SkippedReminder extends Omit<Reminder, 'sendAt'> {
  reason: SkipReason;
}

export interface ReminderPlan {
  /** To send now. */
  due: Reminder[];
  /** To send at their `sendAt`. */
  later: Reminder[];
  skipped: SkippedReminder[];
}

/**
 * A reminder found due within this of its moment is on time, even if that moment was the close of working hours
 * (Friday 17:00): only the timer's interval made it late. Later than this, it was missed and is caught up.
 */
const ON_TIME = Duration.fromObject({ minutes: 15 });

/** Two reminders of one session closer than this are one too many: **Remind now**, or a caught-up one, stands in for the next. */
const CLOSE = Duration.fromObject({ hours: 1 });

const within = (from: string, to: string): boolean => utc(DateTime.fromISO(from).plus(CLOSE)) > to;

const utc = (at: DateTime): string => at.toUTC().toISO()!;

/** "PT72H" is 72 hours of elapsed time; "P3D" is three calendar days in the review's zone, the same wall-clock time. */
const before = (start: string, offset: string, zone: string): string => utc(DateTime.fromISO(start, { zone }).minus(Duration.fromISO(offset)));

const reminder = (kind: ReminderKind, invitee: Invitee, meantFor: string, sendAt = meantFor): Reminder => ({
  kind,
  invitationId: invitee.invitationId,
  email: invitee.email,
  meantFor,
  sendAt,
  key: `${invitee.invitationId}:${kind}:${meantFor}`,
});

const skip = (kind: ReminderKind, invitee: Invitee, meantFor: string, reason: SkipReason): SkippedReminder => {
  const { sendAt: _, ...rest } = reminder(kind, invitee, meantFor);
  return { ...rest, reason };
};

/** Instants are compared as text, so each is first written one way: "2026-02-02T09:00:00.000Z". */
const instant = (iso: string): string => utc(DateTime.fromISO(iso, { zone: 'utc' }));

export const remindersFor = (policy: ReminderPolicy, zone: string, given: SessionToRemind, givenNow: string): ReminderPlan => {
  const now = instant(givenNow);
  const session = {
    start: instant(given.start),
    invitees: given.invitees.map((i) => ({ ...i, invitedAt: instant(i.invitedAt), ...(i.remindedAt ? { remindedAt: instant(i.remindedAt) } : {}) })),
  };
  const plan: ReminderPlan = { due: [], later: [], skipped: [] };
  const hours = policy.workingHours;

  /** One reminder's fate once it is wanted at `meantFor`, and `next` is the time of the one that would replace it. */
  const place = (kind: ReminderKind, invitee: Invitee, meantFor: string, next?: string) => {
    if (meantFor < invitee.invitedAt) return plan.skipped.push(skip(kind, invitee, meantFor, 'beforeInvitation'));
    if (now >= session.start) return plan.skipped.push(skip(kind, invitee, meantFor, 'sessionStarted'));
    if (meantFor > now) return plan.later.push(reminder(kind, invitee, meantFor));
    if (next !== undefined && within(now, next)) return plan.skipped.push(skip(kind, invitee, meantFor, 'replaced'));
    if (now < utc(DateTime.fromISO(meantFor).plus(ON_TIME))) return plan.due.push(reminder(kind, invitee, meantFor, now));
    // Missed (an outage, a restart): caught up now if this is working time, else at the next working moment.
    if (isWorkingTime(now, zone, hours)) return plan.due.push(reminder(kind, invitee, meantFor, now));
    const sendAt = workingAtOrAfter(now, zone, hours);
    return sendAt < session.start ? plan.later.push(reminder(kind, invitee, meantFor, sendAt)) : plan.skipped.push(skip(kind, invitee, meantFor, 'noWorkingTimeLeft'));
  };

  // Two offsets moved to the same working moment (both out of one weekend) are one reminder.
  const noReplyTimes = [...new Set(policy.noReply.map((offset) => workingAtOrBefore(before(session.start, offset, zone), zone, hours)))].sort();

  for (const invitee of session.invitees) {
    noReplyTimes.forEach((meantFor, i) => {
      if (invitee.rsvp !== 'pending') return plan.skipped.push(skip('noReply', invitee, meantFor, 'answered'));
      // A **Remind now** after the time a reminder was meant for, or within the hour before it, stands in for it.
      if (invitee.remindedAt && within(invitee.remindedAt, meantFor)) {
        return plan.skipped.push(skip('noReply', invitee, meantFor, 'remindedRecently'));
      }
      return place('noReply', invitee, meantFor, noReplyTimes[i + 1]);
    });
    if (policy.joiningDetails && (invitee.rsvp === 'accepted' || invitee.rsvp === 'tentative')) {
      place('joiningDetails', invitee, workingDayBefore(session.start, zone, hours));
    }
  }
  return plan;
};
