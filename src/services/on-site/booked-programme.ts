import { onSitePlanAsBooked } from '../../domain/declines/index.js';
import { onSiteCoverage, readOnSite, type OnSitePlan } from '../../domain/on-site/index.js';
import { bookedSessions } from '../reviews/index.js';
import type { ProposalStatus, Store, StoredReview } from '../ports/index.js';

export interface Timetable {
  plan: OnSitePlan;
  status: ProposalStatus;
}

/**
 * The on-site programme the timetable shows: as it is in calendars once any of it is booked (a revision applied, a
 * decline settled or a move in Outlook changes it after the proposal), else as the newest proposal has it.
 */
export const onSiteTimetable = async (store: Pick<Store, 'proposals' | 'bookings'>, stored: StoredReview): Promise<Timetable | undefined> => {
  const proposal = await store.proposals.latest(stored.id, 'onSite');
  if (proposal?.kind !== 'onSite') return undefined;
  const { review } = stored;
  const onSite = readOnSite(review);
  const booked = bookedSessions(review, await store.bookings.forReview(stored.id));
  const asBooked = onSitePlanAsBooked(review, booked);
  if (!onSite || asBooked.placed.length === 0) return { plan: proposal.plan, status: proposal.status };
  const placed = new Set(asBooked.placed.map((p) => p.sessionId));
  const unplaced = proposal.plan.unplaced.filter((u) => !placed.has(u.sessionId));
  return { plan: { ...asBooked, unplaced, coverage: onSiteCoverage(review, onSite, placed) }, status: proposal.status };
};
