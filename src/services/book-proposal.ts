import { randomUUID } from 'node:crypto';
import type { Review } from '../domain/review.js';
import { ok, userError, type Result } from '../domain/user-error.js';
import { inviteCard } from '../cards/invite-card.js';
import { projectTeamOnly } from './access.js';
import { caseReviewSubject, caseReviewBody } from './session-text.js';
import type { Booking, BookingIntent, CalendarPort, CaseReviewsProposal, Log, Messenger, Store, StoredReview } from './ports.js';

export interface BookingProgress {
  total: number;
  booked: number;
  failed: number;
  done: boolean;
  /** Set when done: people who have only the calendar invite, because they have no chat with the bot. */
  withoutCard?: string[];
  cardsSent?: number;
}

export interface ClaimedProposal {
  stored: StoredReview;
  proposal: CaseReviewsProposal;
  /** The booking itself, running in the background: Teams wants the card action answered at once. */
  run(onProgress: (progress: BookingProgress) => Promise<void>): Promise<BookingProgress>;
}

interface Deps {
  store: Store;
  calendar: CalendarPort;
  messenger: Messenger;
  log: Log;
}

/**
 * Confirm: claims the proposal, then books it. Intents are stored before Graph is called and each carries a
 * transactionId, so a repeated confirm, or one after a crash, finishes the work without a second event.
 */
export const confirmProposal = async (deps: Deps, proposalId: unknown, asker: string): Promise<Result<ClaimedProposal>> => {
  if (typeof proposalId !== 'string' || proposalId.length === 0) {
    return userError('CARD.INVALID', 'This card is missing its proposal. Send **schedule case reviews** for a new one.');
  }
  const found = await deps.store.proposals.get(proposalId).catch(() => undefined);
  const proposal = found?.kind === 'caseReviews' ? found : undefined;
  if (!proposal) return userError('PROPOSAL.NOT_FOUND', 'I cannot find this proposal. Send **schedule case reviews** for a new one.');
  const stored = await deps.store.reviews.get(proposal.reviewId);
  if (!stored) return userError('PROPOSAL.NOT_FOUND', 'The review of this proposal is gone. Send **schedule case reviews** for a new one.');
  const denied = projectTeamOnly(stored.review, asker, 'confirm bookings');
  if (denied) return denied;
  const claimed = await deps.store.proposals.transition(proposal.id, ['proposed', 'booking'], 'booking');
  if (!claimed) {
    const why = proposal.status === 'cancelled' ? 'was cancelled' : 'is booked already';
    return userError('PROPOSAL.CLOSED', `This proposal ${why}. Send **status** to see the replies.`);
  }
  const current = { ...proposal, status: 'booking' as const };
  return ok({ stored, proposal: current, run: (onProgress) => book(deps, stored, current, onProgress) });
};

const intentsOf = (stored: StoredReview, proposal: CaseReviewsProposal): BookingIntent[] =>
  proposal.plan.placed.map((placed) => ({
    reviewId: stored.id,
    proposalId: proposal.id,
    sessionId: placed.caseId,
    kind: 'caseReview',
    transactionId: randomUUID(),
    subject: caseReviewSubject(stored.review, placed.caseId),
    start: placed.start,
    end: placed.end,
    attendees: [placed.reviewer, placed.caseWorker],
    online: true,
  }));

const book = async (
  deps: Deps,
  stored: StoredReview,
  proposal: CaseReviewsProposal,
  onProgress: (progress: BookingProgress) => Promise<void>,
): Promise<BookingProgress> => {
  const review = stored.review;
  const bookings = await deps.store.bookings.recordIntents(intentsOf(stored, proposal));
  const progress: BookingProgress = { total: bookings.length, booked: 0, failed: 0, done: false };
  progress.booked = bookings.filter((b) => b.status === 'booked').length;
  for (const booking of bookings.filter((b) => b.status !== 'booked')) {
    try {
      const event = await deps.calendar.createEvent(review.organiser, {
        transactionId: booking.transactionId,
        subject: booking.subject,
        body: caseReviewBody(review, booking.sessionId),
        start: booking.start,
        end: booking.end,
        timeZone: review.timeZone,
        attendees: booking.attendees,
        online: booking.online,
        location: booking.location,
      });
      await deps.store.bookings.markBooked(booking.id, event);
      progress.booked += 1;
    } catch (error) {
      progress.failed += 1;
      await deps.store.bookings.markFailed(booking.id, error instanceof Error ? error.message : String(error));
      deps.log.warn({ bookingId: booking.id, err: String(error) }, 'booking failed');
    }
    await onProgress({ ...progress });
  }
  const current = await deps.store.bookings.forReview(stored.id);
  const ours = current.filter((b) => b.proposalId === proposal.id);
  if (ours.every((b) => b.status === 'booked')) {
    await deps.store.proposals.transition(proposal.id, ['booking'], 'booked');
  }
  Object.assign(progress, await invite(deps, review, stored.id, ours.filter((b) => b.status === 'booked')), { done: true });
  await onProgress({ ...progress });
  deps.log.info({ proposalId: proposal.id, booked: progress.booked, failed: progress.failed }, 'booking finished');
  return progress;
};

/** Sends an invite card for each new invitation; people with no chat with the bot keep the calendar invite. */
const invite = async (deps: Deps, review: Review, reviewId: string, bookings: Booking[]) => {
  const withoutCard = new Set<string>();
  let cardsSent = 0;
  for (const booking of bookings) {
    const invitations = await deps.store.invitations.ensure(reviewId, booking.id, booking.attendees);
    for (const invitation of invitations.filter((i) => i.cardSentAt === undefined)) {
      const sent = await deps.messenger
        .sendCard(invitation.email, inviteCard(review, booking, invitation))
        .catch((error: unknown) => {
          deps.log.warn({ invitationId: invitation.id, err: String(error) }, 'invite card not sent');
          return false;
        });
      if (sent) {
        cardsSent += 1;
        await deps.store.invitations.markCardSent(invitation.id);
      } else withoutCard.add(invitation.email);
    }
  }
  return { withoutCard: [...withoutCard].sort(), cardsSent };
};
