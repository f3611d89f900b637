/**
 * Confirm of a changes proposal: every cancel and update goes to the calendar and then to the store, then the new
 * sessions are booked as any booking is. Each step can be repeated: an update sends only what still differs, a cancel
 * of a cancelled event does nothing, and a create carries its transactionId; so a run cut off anywhere is finished by
 * the next Confirm (or Finish booking), and the cards follow each change once.
 */
import { isMove, type PlannedChange, type SessionTarget } from '../../domain/replan/index.js';
import type { BookingDeps } from './book-proposal.js';
import { runBooking } from './booking-run.js';
import type { PlannedBooking } from './on-site-bookings.js';
import { cardsFollow } from '../invitations/index.js';
import { holdCalendar } from '../shared/index.js';
import type { Booking, BookingProgress, ChangesProposal, StoredReview, UpdatedInvitations } from '../ports/index.js';
import { eventUpdate, everyoneIn } from './event-update.js';
import { targetBody, targetSubject } from './session-text.js';

type Update = Extract<PlannedChange, { action: 'update' }>;
type Cancel = Extract<PlannedChange, { action: 'cancel' }>;

/** How many times the card moves while the changes in place are applied (booking the new ones moves it again). */
const PROGRESS_STEPS = 3;

/** The new sessions' bookings (recorded by the run, after the cancels: a session booked again takes its place). */
export const createdBookings = (stored: StoredReview, proposal: ChangesProposal): PlannedBooking[] =>
  proposal.plan.changes.flatMap((change) =>
    change.action === 'create'
      ? [
          {
            intent: {
              reviewId: stored.id,
              proposalId: proposal.id,
              sessionId: change.to.sessionId,
              kind: change.to.kind,
              // The same on every run of the proposal: a create cut off by a crash gives back the same event.
              transactionId: `${proposal.id}:${change.to.sessionId}`,
              subject: targetSubject(stored.review, change.to),
              start: change.to.start,
              end: change.to.end,
              attendees: everyoneIn(change.to),
              online: change.to.online,
              ...(change.to.location ? { location: change.to.location } : {}),
            },
            body: targetBody(stored.review, change.to),
          },
        ]
      : [],
  );

export const changeCount = (proposal: ChangesProposal): number => proposal.plan.changes.filter((c) => c.action === 'update' || c.action === 'cancel' || c.action === 'create').length;

const followKey = (proposal: ChangesProposal, booking: Booking) => `change:${proposal.id}:${booking.id}`;

/** Who the update touched, read from the store: the same on a repeated run as on the first. */
const touchedBy = async (deps: BookingDeps, booking: Booking, change: Update): Promise<UpdatedInvitations> => {
  const all = await deps.store.invitations.allOf(booking.id);
  const before = new Set([...change.from.attendees, ...change.from.peers]);
  const now = everyoneIn(change.to);
  const added = all.filter((i) => !i.removedAt && now.includes(i.email) && !before.has(i.email));
  const removed = all.filter((i) => i.removedAt && before.has(i.email) && !now.includes(i.email));
  const askedAgain = isMove(change) ? all.filter((i) => !i.removedAt && !added.includes(i)) : [];
  return { added, removed, askedAgain };
};

const update = async (deps: BookingDeps, stored: StoredReview, proposal: ChangesProposal, change: Update): Promise<boolean> => {
  const booking = change.from.bookingId ? await deps.store.bookings.get(change.from.bookingId) : undefined;
  if (booking?.status !== 'booked' || !booking.eventId) return false;
  const to: SessionTarget = change.to;
  const words = { subject: targetSubject(stored.review, to), body: targetBody(stored.review, to) };
  const differs = eventUpdate(booking, to, words);
  let joinUrl = booking.joinUrl;
  // The row is written only once the calendar took the change: a row already as wanted means the calendar has it too.
  if (Object.keys(differs).length > 0) {
    const event = await deps.calendar.updateEvent(stored.review.organiser, booking.eventId, differs);
    if (!event) return false;
    joinUrl = event.joinUrl ?? joinUrl;
  }
  const people = everyoneIn(to);
  const row = { sessionId: to.sessionId, subject: words.subject, start: to.start, end: to.end, attendees: people, online: to.online, location: to.location, joinUrl };
  await deps.store.bookings.applyUpdate(booking.id, row, deps.now());
  await cardsFollow(deps, followKey(proposal, booking), { kind: 'updated', touched: await touchedBy(deps, booking, change) });
  return true;
};

const cancel = async (deps: BookingDeps, stored: StoredReview, proposal: ChangesProposal, change: Cancel): Promise<boolean> => {
  const booking = change.from.bookingId ? await deps.store.bookings.get(change.from.bookingId) : undefined;
  if (!booking) return false;
  if (booking.eventId) await deps.calendar.cancelEvent(stored.review.organiser, booking.eventId, `This session is no longer part of ${stored.review.name}: the project team has cancelled it.`);
  const invitations = await deps.store.invitations.forBookings([booking.id]);
  await deps.store.bookings.cancel(booking.id);
  await cardsFollow(deps, followKey(proposal, booking), { kind: 'cancelled', invitations });
  return true;
};

export const applyChanges = async (
  deps: BookingDeps,
  stored: StoredReview,
  proposal: ChangesProposal,
  onProgress: (progress: BookingProgress) => Promise<void>,
): Promise<BookingProgress> => {
  const total = changeCount(proposal);
  const steps = { total, booked: 0, failed: 0 };
  const inPlace = proposal.plan.changes.filter((c): c is Update | Cancel => c.action === 'update' || c.action === 'cancel');
  // The card moves a few times, as while booking: an update a change would outrun Teams' limits for its chat.
  const every = Math.max(1, Math.ceil(inPlace.length / PROGRESS_STEPS));
  const release = inPlace.length > 0 ? await holdCalendar(deps.store.runs, stored.review.organiser) : undefined;
  try {
    for (const [n, change] of inPlace.entries()) {
      const done = await (change.action === 'update' ? update(deps, stored, proposal, change) : cancel(deps, stored, proposal, change)).catch((error: unknown) => {
        deps.log.warn({ proposalId: proposal.id, action: change.action, err: String(error) }, 'change not applied');
        return false;
      });
      if (done) steps.booked += 1;
      else steps.failed += 1;
      if ((n + 1) % every === 0 || n + 1 === inPlace.length) await onProgress({ ...steps, done: false });
    }
  } finally {
    await release?.();
  }
  const creates = createdBookings(stored, proposal);
  const recorded = await deps.store.bookings.recordIntents(creates.map((c) => c.intent));
  for (const booking of recorded) await deps.store.invitations.ensure(stored.id, booking.id, booking.attendees);
  const bodies = new Map(creates.map((c) => [c.intent.sessionId, c.body]));
  return runBooking(deps, { stored, proposal, bodies }, onProgress, { ...steps, total: total - creates.length });
};
