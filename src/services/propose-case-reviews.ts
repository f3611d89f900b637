import { dayWindow, fileBusy, mergeBusy } from '../domain/intervals.js';
import { planCaseReviews } from '../domain/plan-case-reviews.js';
import { ok, userError, type Result } from '../domain/user-error.js';
import { projectTeamOnly } from './access.js';
import { currentReview } from './current-review.js';
import type { CalendarPort, CaseReviewsProposal, Store, StoredReview } from './ports.js';

export interface CaseReviewProposal {
  stored: StoredReview;
  proposal: CaseReviewsProposal;
  /** Cases left out because they are booked already (or being booked). */
  alreadyBooked: number;
}

/** Plans the case reviews not booked yet from everyone's free/busy, and keeps the plan as a proposal. */
export const proposeCaseReviews = async (
  store: Store,
  calendar: CalendarPort,
  asker: string,
): Promise<Result<CaseReviewProposal>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const review = stored.review;
  const denied = projectTeamOnly(review, asker, 'schedule the case reviews');
  if (denied) return denied;
  const caseReviews = review.caseReviews;
  if (!caseReviews || caseReviews.cases.length === 0 || caseReviews.days.length === 0) {
    return userError('SCHEDULING.NOTHING_TO_PLACE', `${review.name} has no case reviews: add caseReviews to the review file and import it again.`);
  }
  const booked = new Set((await store.bookings.forReview(stored.id)).map((booking) => booking.sessionId));
  const cases = caseReviews.cases.filter((c) => !booked.has(c.id));
  if (cases.length === 0) {
    return userError('SCHEDULING.NOTHING_TO_PLACE', `All ${booked.size} case reviews are booked already. Send **status** to see the replies.`);
  }
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
  const calendarBusy = await calendar.getBusy(review.organiser, people, window);
  const plan = planCaseReviews(
    { ...review, caseReviews: { ...caseReviews, cases } },
    mergeBusy(fileBusy(review), calendarBusy),
  );
  const proposal = { ...(await store.proposals.create({ reviewId: stored.id, kind: 'caseReviews', plan, createdBy: asker })), kind: 'caseReviews' as const, plan };
  return ok({ stored, proposal, alreadyBooked: booked.size });
};
