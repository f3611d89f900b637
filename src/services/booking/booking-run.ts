import type { Review } from '../../domain/shared/index.js';
import type { BookingDeps } from './book-proposal.js';
import { sendInviteCards } from './invite-cards.js';
import type { Booking, BookingProgress, CalendarEvent, CalendarPort, Proposal, StoredReview } from '../ports/index.js';

/** The card moves about this many times while booking, each step a few `$batch`es. */
const PROGRESS_STEPS = 5;

export interface BookingRunInput {
  stored: StoredReview;
  proposal: Proposal;
  /** Event bodies by session id: rebuilt from the plan, not stored. */
  bodies: Map<string, string>;
}

/**
 * One run over the proposal's stored bookings: the ones not in the calendar yet go in (each carries its
 * transactionId, so a create cut off by a crash gives back the same event), then every invite card not yet
 * sent goes out. The proposal is booked only when both are done; anything left is for Finish booking.
 */
export const runBooking = async (
  deps: BookingDeps,
  { stored, proposal, bodies }: BookingRunInput,
  onProgress: (progress: BookingProgress) => Promise<void>,
  /** Steps of the same proposal done before the bookings (changes applied): counted in, and any failed keeps it open. */
  before: Pick<BookingProgress, 'total' | 'booked' | 'failed'> = { total: 0, booked: 0, failed: 0 },
): Promise<BookingProgress> => {
  const bookings = await deps.store.bookings.forProposal(proposal.id);
  const progress: BookingProgress = { total: before.total + bookings.length, booked: before.booked, failed: before.failed, done: false };
  progress.booked += bookings.filter((b) => b.status === 'booked').length;
  const todo = bookings.filter((b) => b.status !== 'booked');
  const step = Math.max(1, Math.ceil(todo.length / PROGRESS_STEPS));
  for (let i = 0; i < todo.length; i += step) {
    const chunk = todo.slice(i, i + step);
    const created = await createAll(deps.calendar, stored.review, chunk, bodies);
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
  const now = await deps.store.bookings.forProposal(proposal.id);
  const inCalendar = now.filter((b) => b.status === 'booked');
  const cards = await sendInviteCards(deps, inCalendar);
  if (inCalendar.length === now.length && cards.cardsFailed === 0 && before.failed === 0) {
    await deps.store.proposals.transition(proposal.id, ['booking'], 'booked');
  }
  Object.assign(progress, cards, { notBooked: now.filter((b) => b.status !== 'booked').map((b) => b.sessionId), done: true });
  await onProgress({ ...progress });
  deps.log.info({ proposalId: proposal.id, booked: progress.booked, failed: progress.failed, cardsSent: cards.cardsSent }, 'booking finished');
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
    attendees: booking.attendees,
    online: booking.online,
    location: booking.location,
  }));
  return calendar.createEvents(review.organiser, events).catch((error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    return chunk.map(() => failure);
  });
};
