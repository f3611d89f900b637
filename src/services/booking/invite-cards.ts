import type { Review } from '../../domain/shared/index.js';
import type { BookingDeps } from './book-proposal.js';
import type { Booking } from '../ports/index.js';

export interface InviteCardsSent {
  cardsSent: number;
  /** Cards Teams did not take this time: still due, for Finish booking. */
  cardsFailed: number;
  /** People with no chat with the bot: they have the calendar invite only. */
  withoutCard: string[];
}

/**
 * Sends every invite card of these bookings that has not gone yet, one at a time, each claimed for this run
 * before it is sent and marked sent once Teams took it. A card claimed by an earlier run and never marked got no
 * answer from Teams (a crash mid-send, an error): it is sent again, as a card lost is worse than one twice.
 */
export const sendInviteCards = async (deps: BookingDeps, review: Review, bookings: Booking[], runId: string): Promise<InviteCardsSent> => {
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const due = (await deps.store.invitations.forBookings(bookings.map((b) => b.id))).filter((i) => i.cardSentAt === undefined);
  const cutOff = due.filter((i) => i.cardClaim !== undefined && i.cardClaim !== runId).length;
  if (cutOff > 0) deps.log.warn({ cards: cutOff }, 'invite cards whose send did not finish are sent again');
  const withoutCard = new Set<string>();
  let cardsSent = 0;
  let cardsFailed = 0;
  for (const invitation of due) {
    if (!(await deps.store.invitations.claimCard(invitation.id, runId))) continue;
    const sent = await deps.messenger.sendInvite(invitation.email, { review, booking: byId.get(invitation.bookingId)!, invitation }).catch((error: unknown) => {
      deps.log.warn({ invitationId: invitation.id, err: String(error) }, 'invite card not sent');
      return undefined;
    });
    if (sent) {
      cardsSent += 1;
      await deps.store.invitations.markCardSent(invitation.id, deps.now(), sent.activityId);
    } else if (sent === false) {
      withoutCard.add(invitation.email);
      await deps.store.invitations.markCardMissed(invitation.id, deps.now());
    } else cardsFailed += 1;
  }
  return { cardsSent, cardsFailed, withoutCard: [...withoutCard].sort() };
};
