import { dayWindow, fileBusy, mergeBusy } from '../../domain/shared/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { projectTeamOnly } from '../shared/index.js';
import { allConfirmed } from '../booking/index.js';
import { currentReview } from '../shared/index.js';
import type { Planner } from '../ports/index.js';
import type { CalendarPort, CaseReviewsProposal, Store, StoredReview } from '../ports/index.js';
import { tooLong } from '../shared/index.js';

export interface CaseReviewProposal {
  stored: StoredReview;
  proposal: CaseReviewsProposal;
  /** Cases left out because they are booked already (or being booked). */
  alreadyBooked: number;
}

/** Checked and ready to plan: `run` may take seconds, so the caller can answer first. */
export interface CaseReviewPlanning {
  stored: StoredReview;
  /** The cases to place: those not booked yet. */
  cases: number;
  /** Asks the calendar, plans in the planner and keeps the plan as a proposal; nothing is kept if it fails. */
  run(): Promise<Result<CaseReviewProposal>>;
}

const SPLIT_CASES = 'Split the cases into smaller review files, or give fewer case-review days, then send **schedule case reviews** again.';

interface Deps {
  store: Store;
  calendar: CalendarPort;
  planner: Planner;
}

/**
 * Checks that the asker may plan the case reviews not booked yet, and that there are some; `run` then plans them
 * from everyone's free/busy and keeps the plan as a proposal.
 */
export const proposeCaseReviews = async (deps: Deps, asker: string): Promise<Result<CaseReviewPlanning>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const review = stored.review;
  const denied = projectTeamOnly(review, asker, 'schedule the case reviews');
  if (denied) return denied;
  const caseReviews = review.caseReviews;
  if (!caseReviews || caseReviews.cases.length === 0 || caseReviews.days.length === 0) {
    return userError('SCHEDULING.NOTHING_TO_PLACE', `${review.name} has no case reviews: add caseReviews to the review file and import it again.`);
  }
  const bookings = (await deps.store.bookings.forReview(stored.id)).filter((booking) => booking.kind === 'caseReview');
  const booked = new Set(bookings.map((booking) => booking.sessionId));
  const cases = caseReviews.cases.filter((c) => !booked.has(c.id));
  if (cases.length === 0) return allConfirmed(deps.store, `${booked.size} case reviews`, bookings);
  const run = async (): Promise<Result<CaseReviewProposal>> => {
    const people = [
      ...new Set([
        ...review.peers.filter((peer) => peer.role === 'caseReviewer').map((peer) => peer.email),
        ...cases.map((c) => c.caseWorker),
      ]),
    ];
    const windows = caseReviews.days.map((day) => dayWindow(day, review.timeZone));
    const window = {
      start: windows.map((w) => w.start).sort()[0]!,
      end: windows.map((w) => w.end).sort().reverse()[0]!,
    };
    const calendarBusy = await deps.calendar.getBusy(review.organiser, people, window);
    const planned = await deps.planner.planCaseReviews({ ...review, caseReviews: { ...caseReviews, cases } }, mergeBusy(fileBusy(review), calendarBusy));
    if (!planned.ok) return tooLong(`the case reviews for ${review.name}`, planned.limitSeconds, SPLIT_CASES);
    const { plan } = planned;
    const proposal = { ...(await deps.store.proposals.create({ reviewId: stored.id, revision: stored.revision, kind: 'caseReviews', plan, createdBy: asker })), kind: 'caseReviews' as const, plan };
    return ok({ stored, proposal, alreadyBooked: booked.size });
  };
  return ok({ stored, cases: cases.length, run });
};
