import { planChanges, replanScope } from '../../domain/replan/index.js';
import { revisionChanges } from '../../domain/revisions/index.js';
import { dayWindow, ok, userError, type Result, type Review, type UtcInterval } from '../../domain/shared/index.js';
import { readOnSite } from '../../domain/on-site/index.js';
import { bookedSessions } from '../reviews/index.js';
import { currentReview, projectTeamOnly, tooLong } from '../shared/index.js';
import type { CalendarPort, ChangesProposal, Planner, Store, StoredReview } from '../ports/index.js';
import { placeAgain } from './place-again.js';

interface Deps {
  store: Store;
  calendar: CalendarPort;
  planner: Planner;
}

/** Checked and ready: `run` asks the calendar and the planner, which may take seconds, so the caller can answer first. */
export interface ChangesPlanning {
  stored: StoredReview;
  run(): Promise<Result<{ stored: StoredReview; proposal: ChangesProposal }>>;
}

const SPLIT = 'Split the review into smaller review files, then import it again and send **review changes**.';

/** From the earliest day of the review, or booked session, to the latest: where a session may be, or be moved from. */
const reviewWindow = (review: Review, booked: readonly UtcInterval[]): UtcInterval => {
  const days = [...(review.caseReviews?.days ?? []), ...(readOnSite(review)?.days ?? [])].map((day) => dayWindow(day, review.timeZone));
  const all = [...days, ...booked];
  return { start: all.map((i) => i.start).sort()[0]!, end: all.map((i) => i.end).sort().at(-1)! };
};

/**
 * Review changes: what the current revision of the file asks of what is booked, as one proposal to confirm. Sessions
 * stay where they are unless their own change or a new clash moves them; new ones go into the free room.
 */
export const proposeChanges = async (deps: Deps, asker: string): Promise<Result<ChangesPlanning>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const { review } = stored;
  const denied = projectTeamOnly(review, asker, 'change the booked programme');
  if (denied) return denied;
  if ((await deps.store.proposals.unfinished(stored.id)).length > 0) {
    return userError('PROPOSAL.BOOKING', `A booking of ${review.name} has not finished. Send **finish booking** first, then **review changes**.`);
  }
  const bookings = (await deps.store.bookings.forReview(stored.id)).filter((b) => b.status === 'booked');
  if (bookings.length === 0) {
    return userError('SCHEDULING.NOTHING_TO_PLACE', `Nothing of ${review.name} is booked yet, so there is nothing to change: send **schedule case reviews** or **schedule on-site**.`);
  }
  const run = async (): Promise<Result<{ stored: StoredReview; proposal: ChangesProposal }>> => {
    // Who was a peer is read from the revision before: someone who left the team is still a peer leaving.
    const previous = (stored.revision > 1 ? await deps.store.reviews.revision(stored.id, stored.revision - 1) : undefined) ?? review;
    const booked = bookedSessions(previous, bookings);
    const people = [...new Set([...review.peers.map((p) => p.email), ...booked.flatMap((b) => [...b.attendees, ...b.peers]), ...everyAttendee(review)])];
    const calendarBusy = await deps.calendar.getBusy(review.organiser, people, reviewWindow(review, booked));
    const scope = replanScope(review, revisionChanges(previous, review, booked, calendarBusy));
    const placed = await placeAgain(deps.planner, review, scope, booked, calendarBusy);
    if (!placed.ok) return tooLong(`the changes to ${review.name}`, placed.limitSeconds, SPLIT);
    const plan = planChanges(scope, placed.placements);
    if (plan.changes.length === 0) {
      return userError('SCHEDULING.NOTHING_TO_PLACE', `What is booked already matches revision ${stored.revision} of ${review.name}: there is nothing to change.`);
    }
    const created = await deps.store.proposals.create({ reviewId: stored.id, revision: stored.revision, kind: 'changes', plan, createdBy: asker });
    return ok({ stored, proposal: { ...created, kind: 'changes', plan } });
  };
  return ok({ stored, run });
};

const everyAttendee = (review: Review): string[] => [
  ...(review.caseReviews?.cases.map((c) => c.caseWorker) ?? []),
  ...(readOnSite(review)?.sessions.flatMap((s) => s.attendees) ?? []),
  ...(readOnSite(review)?.fixed.flatMap((f) => f.attendees) ?? []),
];
