import { randomUUID } from 'node:crypto';
import type { Review } from '../domain/review.js';
import { ok, userError, type Result } from '../domain/user-error.js';
import { inviteCard } from '../cards/invite-card.js';
import { projectTeamOnly } from './access.js';
import { onSiteBookings, type PlannedBooking } from './on-site-bookings.js';
import { caseReviewSubject, caseReviewBody } from './session-text.js';
import type { Booking, CalendarEvent, CalendarPort, CaseReviewsProposal, Log, Messenger, Proposal, Store, StoredReview } from './ports.js';

export interface BookingProgress {
  total: number;
  booked: number;
  failed: number;
  done: boolean;
  /** Set when done: the sessions (booking session ids) still not in the calendar. */
  notBooked?: string[];
  /** Set when done: people who have only the calendar invite, because they have no chat with the bot. */
  withoutCard?: string[];
  cardsSent?: number;
}

export interface ClaimedProposal {
  stored: StoredReview;
  proposal: Proposal;
  /** How many events the proposal makes (sessions, and for on-site the fixed items with attendees). */
  total: number;
  /** The booking itself, running in the background: Teams wants the card action answered at once. */
  run(onProgress: (progress: BookingProgress) => Promise<void>): Promise<BookingProgress>;
}

interface Deps {
  store: Store;
  calendar: CalendarPort;
  messenger: Messenger;
  log: Log;
}

/** The card moves about this many times while booking, each step a few `$batch`es. */
const PROGRESS_STEPS = 5;

const AGAIN = 'Send **schedule case reviews** or **schedule on-site** for a new one.';

/**
 * Confirm: claims the proposal, then books it. Intents are stored before Graph is called and each carries a
 * transactionId, so a repeated confirm, or one after a crash, finishes the work without a second event.
 */
export const confirmProposal = async (deps: Deps, proposalId: unknown, asker: string): Promise<Result<ClaimedProposal>> => {
  if (typeof proposalId !== 'string' || proposalId.length === 0) {
    return userError('CARD.INVALID', `This card is missing its proposal. ${AGAIN}`);
  }
  const proposal = await deps.store.proposals.get(proposalId).catch(() => undefined);
  if (!proposal) return userError('PROPOSAL.NOT_FOUND', `I cannot find this proposal. ${AGAIN}`);
  const stored = await deps.store.reviews.get(proposal.reviewId);
  if (!stored) return userError('PROPOSAL.NOT_FOUND', `The review of this proposal is gone. ${AGAIN}`);
  const denied = projectTeamOnly(stored.review, asker, 'confirm bookings');
  if (denied) return denied;
  const claimed = await deps.store.proposals.transition(proposal.id, ['proposed', 'booking'], 'booking');
  if (!claimed) {
    const why =
      proposal.status === 'cancelled'
        ? `was cancelled, so it cannot be booked. ${AGAIN}`
        : 'is booked already. Send **status** to see the replies.';
    return userError('PROPOSAL.CLOSED', `This proposal ${why}`);
  }
  const current = { ...proposal, status: 'booking' as const };
  const planned = plannedBookings(stored, current);
  return ok({ stored, proposal: current, total: planned.length, run: (onProgress) => book(deps, stored, current, planned, onProgress) });
};

const plannedBookings = (stored: StoredReview, proposal: Proposal): PlannedBooking[] =>
  proposal.kind === 'onSite' ? onSiteBookings(stored, proposal) : caseReviewBookings(stored, proposal);

const caseReviewBookings = (stored: StoredReview, proposal: CaseReviewsProposal): PlannedBooking[] =>
  proposal.plan.placed.map((placed) => ({
    intent: {
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
    },
    body: caseReviewBody(stored.review, placed.caseId),
  }));

const book = async (
  deps: Deps,
  stored: StoredReview,
  proposal: Proposal,
  planned: PlannedBooking[],
  onProgress: (progress: BookingProgress) => Promise<void>,
): Promise<BookingProgress> => {
  const review = stored.review;
  const bookings = await deps.store.bookings.recordIntents(planned.map((p) => p.intent));
  const bodies = new Map(planned.map((p) => [p.intent.sessionId, p.body]));
  const progress: BookingProgress = { total: bookings.length, booked: 0, failed: 0, done: false };
  progress.booked = bookings.filter((b) => b.status === 'booked').length;
  const todo = bookings.filter((b) => b.status !== 'booked');
  const step = Math.max(1, Math.ceil(todo.length / PROGRESS_STEPS));
  for (let i = 0; i < todo.length; i += step) {
    const chunk = todo.slice(i, i + step);
    const created = await createAll(deps.calendar, review, chunk, bodies);
    for (const [n, booking] of chunk.entries()) {
      const event = created[n];
      if (event && !(event instanceof Error)) {
        await deps.store.bookings.markBooked(booking.id, event);
        progress.booked += 1;
      } else {
        progress.failed += 1;
        await deps.store.bookings.markFailed(booking.id, event?.message ?? 'no answer from the calendar');
        deps.log.warn({ bookingId: booking.id, err: event?.message }, 'booking failed');
      }
    }
    await onProgress({ ...progress });
  }
  const now = new Map((await deps.store.bookings.forReview(stored.id)).map((b) => [b.id, b]));
  const ours = [...now.values()].filter((b) => b.proposalId === proposal.id);
  if (ours.every((b) => b.status === 'booked')) {
    await deps.store.proposals.transition(proposal.id, ['booking'], 'booked');
  }
  const notBooked = bookings.filter((b) => now.get(b.id)?.status !== 'booked').map((b) => b.sessionId);
  const invited = await invite(deps, review, stored.id, ours.filter((b) => b.status === 'booked'));
  Object.assign(progress, invited, { notBooked, done: true });
  await onProgress({ ...progress });
  deps.log.info({ proposalId: proposal.id, booked: progress.booked, failed: progress.failed }, 'booking finished');
  return progress;
};

/** One call for the chunk; an outage of the whole call fails each of its bookings, to be retried by the next confirm. */
const createAll = async (
  calendar: CalendarPort,
  review: Review,
  chunk: Booking[],
  bodies: Map<string, string>,
): Promise<(CalendarEvent | Error)[]> => {
  const events = chunk.map((booking) => ({
    transactionId: booking.transactionId,
    subject: booking.subject,
    body: bodies.get(booking.sessionId) ?? '',
    start: booking.start,
    end: booking.end,
    timeZone: review.timeZone,
    attendees: booking.attendees,
    online: booking.online,
    location: booking.location,
  }));
  return calendar.createEvents(review.organiser, events).catch((error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    return chunk.map(() => failure);
  });
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
