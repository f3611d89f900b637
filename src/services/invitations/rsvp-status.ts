import { unfinishedProgrammes } from '../../domain/programme/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { withCardsOnTheWay } from '../booking/index.js';
import { currentReview, projectTeamOnly } from '../shared/index.js';
import type { ReviewStatus, Store, StoredReview } from '../ports/index.js';

type StatusDeps = { store: Store };

/** RSVP counts and answers per session of the current review, as recorded. */
export const reviewStatus = async (deps: StatusDeps, asker: string): Promise<Result<ReviewStatus>> => {
  const current = await currentReview(deps.store.reviews);
  return current.ok ? statusOfReview(deps, current.value, asker) : current;
};

/** The same for a given review: the replies page shows the review its link was made for, which a later import may have followed. */
export const statusOfReview = async (deps: StatusDeps, stored: StoredReview, asker: string): Promise<Result<ReviewStatus>> => {
  const denied = projectTeamOnly(stored.review, asker, 'see the replies');
  if (denied) return denied;
  const bookings = (await deps.store.bookings.forReview(stored.id)).sort((a, b) => a.start.localeCompare(b.start));
  const booked = bookings.filter((b) => b.status === 'booked');
  // Answers given in Outlook are brought in by the calendar sync (src/services/calendar-sync/), which tells the
  // project team of a decline there as of one on a card: `currentStatus` runs it first.
  const invitations = await deps.store.invitations.forReview(stored.id);
  const sessions = booked.map((booking) => {
    const mine = invitations.filter((i) => i.bookingId === booking.id);
    return { booking, invitations: mine };
  });
  return ok({ stored, sessions, unfinished: unfinishedProgrammes(bookings, await withCardsOnTheWay(deps.store, stored.id, invitations)) });
};
