/**
 * The planner places what must move and what is new around everything that stays: the same planners as booking,
 * given only those sessions, with the staying ones' time and streams held.
 */
import type { Placement, ReplanScope } from '../../domain/replan/index.js';
import { stayingHold, toPlace } from '../../domain/replan/index.js';
import { othersBusy, type BookedSession } from '../../domain/revisions/index.js';
import { mergeBusy, type BusyByPerson, type Review } from '../../domain/shared/index.js';
import type { Planner } from '../ports/index.js';

/** Placements by session id, or the planner's time limit (seconds) when it was stopped. */
export type PlacedAgain = { ok: true; placements: Map<string, Placement> } | { ok: false; limitSeconds: number };

const only = (review: Review, part: 'caseReviews' | 'onSite', ids: ReadonlySet<string>): Review => {
  if (part === 'caseReviews') return { ...review, caseReviews: review.caseReviews && { ...review.caseReviews, cases: review.caseReviews.cases.filter((c) => ids.has(c.id)) } };
  // The file's own on-site object, as proposeOnSite narrows it: the planner reads it afresh.
  const raw = review.onSite as { sessions?: { id?: unknown }[] };
  return { ...review, onSite: { ...raw, sessions: (raw.sessions ?? []).filter((s) => ids.has(String(s.id))) } };
};

export const placeAgain = async (
  planner: Planner,
  review: Review,
  scope: ReplanScope,
  booked: readonly BookedSession[],
  calendarBusy: BusyByPerson,
): Promise<PlacedAgain> => {
  const wanted = toPlace(scope);
  const placements = new Map<string, Placement>();
  if (wanted.length === 0) return { ok: true, placements };
  // The moving and cancelled sessions' own events free their people; everything staying holds its time.
  const leaving = [...scope.move.map((p) => p.booked), ...scope.cancel];
  const staying = stayingHold(review, scope, booked);
  const busy = mergeBusy(othersBusy(review, leaving, calendarBusy), staying.busy);
  const cases = new Set(wanted.filter((w) => w.part === 'case').map((w) => w.id));
  if (cases.size > 0) {
    const planned = await planner.planCaseReviews(only(review, 'caseReviews', cases), busy);
    if (!planned.ok) return planned;
    for (const p of planned.plan.placed) placements.set(p.caseId, { start: p.start, end: p.end, peers: [p.reviewer] });
  }
  const sessions = new Set(wanted.filter((w) => w.part === 'session').map((w) => w.id));
  if (sessions.size > 0) {
    const planned = await planner.planOnSite(only(review, 'onSite', sessions), busy, staying.held);
    if (!planned.ok) return planned;
    for (const p of planned.plan.placed) placements.set(p.sessionId, { start: p.start, end: p.end, peers: p.peers });
  }
  return { ok: true, placements };
};
