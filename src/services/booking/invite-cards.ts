import type { BookingDeps } from './book-proposal.js';
import type { Booking, OutboundMessage } from '../ports/index.js';

export interface InviteCardsSent {
  cardsSent: number;
  /** Cards Teams refused for good this time: Finish booking sends them again. */
  cardsFailed: number;
  /** Cards Teams asked to wait for (its limits, a retry, an install under way): the outbox sends them when it may. */
  cardsQueued: number;
  /** People with no chat with the bot (or who removed it): they have the calendar invite only. */
  withoutCard: string[];
}

/** One invite card per invitation, ever: a second booking run, or a second instance, names the same message. */
const inviteKey = (invitationId: string): string => `invite:${invitationId}`;

/**
 * Sends every invite card of these bookings that has not gone yet, through the outbox: within Teams' limits,
 * each at most once, and a card whose send was cut off (a crash, a restart) is tried again by the outbox
 * itself. Cards that failed in an earlier run go again from the start: this run is a Finish booking.
 */
export const sendInviteCards = async (deps: BookingDeps, bookings: Booking[]): Promise<InviteCardsSent> => {
  const due = (await deps.store.invitations.forBookings(bookings.map((b) => b.id))).filter((i) => i.cardSentAt === undefined);
  const messages: OutboundMessage[] = due.map((invitation) => ({
    key: inviteKey(invitation.id),
    reviewId: invitation.reviewId,
    recipient: invitation.email,
    payload: { kind: 'invite', invitationId: invitation.id },
    dueAt: deps.now(),
  }));
  const ended = await deps.outbox.sendNow(messages, { failedAgain: true });
  const withoutCard = new Set<string>();
  const sent = { cardsSent: 0, cardsFailed: 0, cardsQueued: 0 };
  for (const message of messages) {
    const state = ended.get(message.key);
    // Skipped: its card went in a try cut off before the message was ended, and was counted then.
    if (state === 'skipped') continue;
    if (state === 'sent') sent.cardsSent += 1;
    else if (state === 'unreachable' || state === 'blocked') withoutCard.add(message.recipient);
    else if (state === 'failed') sent.cardsFailed += 1;
    else sent.cardsQueued += 1;
  }
  return { ...sent, withoutCard: [...withoutCard].sort() };
};
