import { plural } from '../shared/index.js';

export interface BookingTally {
  /** Sessions with a booking: in the calendar, or confirmed and not in it yet. */
  sessions: number;
  inCalendar: number;
  /** Invite cards of sessions in the calendar that have not gone and are not queued, not counting people with no chat with the bot. */
  cardsDue: number;
  /** Invite cards queued or being sent: they go by themselves. */
  cardsOnTheWay: number;
}

/** An invitation as the tally needs it; `cardOnItsWay` when its invite card is queued or being sent. */
export interface InvitationCard {
  bookingId: string;
  cardSentAt?: string;
  cardMissedAt?: string;
  cardOnItsWay?: boolean;
}

export const tallyBookings = (
  bookings: readonly { id: string; status: string }[],
  invitations: readonly InvitationCard[],
): BookingTally => {
  const inCalendar = new Set(bookings.filter((b) => b.status === 'booked').map((b) => b.id));
  const unsent = invitations.filter((i) => inCalendar.has(i.bookingId) && !i.cardSentAt && !i.cardMissedAt);
  return {
    sessions: bookings.length,
    inCalendar: inCalendar.size,
    cardsDue: unsent.filter((i) => !i.cardOnItsWay).length,
    cardsOnTheWay: unsent.filter((i) => i.cardOnItsWay).length,
  };
};

/** What is left of a confirmed booking, and how to finish it (cards on the way need nothing); undefined when nothing is. `status` and `schedule` both say this. */
export const unfinishedBooking = (tally: BookingTally): string | undefined => {
  const notInCalendar = tally.sessions - tally.inCalendar;
  const left = [
    ...(notInCalendar > 0 ? [`${notInCalendar} of ${plural(tally.sessions, 'session')} ${notInCalendar === 1 ? 'is' : 'are'} not in the calendar yet`] : []),
    ...(tally.cardsDue > 0 ? [`${plural(tally.cardsDue, 'invite card')} ${tally.cardsDue === 1 ? 'has' : 'have'} not been sent`] : []),
  ];
  const coming = tally.cardsOnTheWay > 0 ? `${plural(tally.cardsOnTheWay, 'invite card')} ${tally.cardsOnTheWay === 1 ? 'is' : 'are'} on the way.` : undefined;
  if (left.length === 0) return coming;
  const finish = `${left.join(' and ')}: send **finish booking** to finish.`;
  return coming ? `${finish} ${coming}` : finish;
};

type Tallied = { id: string; status: string; kind: string };

/**
 * What is left of each programme's booking, one sentence each ("On-site: 30 of 38 sessions are not in the
 * calendar yet: …"), from its bookings alone: `status` (all of them) and `schedule` (its own) say the same words.
 */
export const unfinishedProgrammes = (bookings: readonly Tallied[], invitations: readonly InvitationCard[]): string | undefined => {
  const groups = [
    { name: 'Case reviews', bookings: bookings.filter((b) => b.kind === 'caseReview') },
    { name: 'On-site', bookings: bookings.filter((b) => b.kind !== 'caseReview') },
  ];
  const left = groups.flatMap((group) => {
    const ids = new Set(group.bookings.map((b) => b.id));
    const text = unfinishedBooking(tallyBookings(group.bookings, invitations.filter((i) => ids.has(i.bookingId))));
    return text ? [`${group.name}: ${text}`] : [];
  });
  return left.length > 0 ? left.join(' ') : undefined;
};
