/**
 * Places case-review calls: each case gets a case reviewer and a time on a case-review day when the reviewer
 * and the case worker are both free, and nobody is in two calls at once. Greedy, so every choice can be
 * explained: the case with the fewest possible times goes first, to the least-loaded reviewer, at the earliest
 * time. Calls start on a grid of whole calls from the day's start (09:00, 10:00, ...); only if that leaves
 * cases out is the quarter-hour grid tried, and kept if it places more. No randomness: the same input gives
 * the same plan.
 */
import { DateTime } from 'luxon';
import type { CaseReviewPlan, PlacedCase, UnplacedCase } from './case-review-plan.js';
import { whyNotPlaced } from './reasons.js';
import { isFreeFor, type Span } from '../shared/index.js';
import { dayWindow } from '../shared/index.js';
import type { BusyByPerson, Case, Review, UtcInterval } from '../shared/index.js';


const QUARTER_HOUR = 15;

const toSpan = (interval: UtcInterval): Span => ({
  start: DateTime.fromISO(interval.start).toMillis(),
  end: DateTime.fromISO(interval.end).toMillis(),
});

const toIso = (millis: number): string => DateTime.fromMillis(millis, { zone: 'utc' }).toISO()!;

export const planCaseReviews = (review: Review, busy: BusyByPerson): CaseReviewPlan => {
  const cases = review.caseReviews?.cases ?? [];
  if (cases.length === 0) return { placed: [], unplaced: [] };
  const busySpans = new Map([...busy].map(([email, intervals]) => [email, intervals.map(toSpan)]));
  const minutes = review.caseReviews!.minutes;
  const onCallGrid = placeOnGrid(review, busySpans, minutes);
  if (onCallGrid.unplaced.length === 0 || minutes <= QUARTER_HOUR) return onCallGrid;
  const onQuarterHours = placeOnGrid(review, busySpans, QUARTER_HOUR);
  return onQuarterHours.placed.length > onCallGrid.placed.length ? onQuarterHours : onCallGrid;
};

interface Option {
  slot: Span;
  reviewer: string;
}

const placeOnGrid = (review: Review, busy: Map<string, Span[]>, step: number): CaseReviewPlan => {
  const reviewers = review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email);
  const windows = review.caseReviews!.days.map((day) => toSpan(dayWindow(day, review.timeZone))).sort((a, b) => a.start - b.start);
  const slots = windows.flatMap((window) => gridSlots(window, review.caseReviews!.minutes, step));
  const calls = new Map<string, Span[]>();
  const load = new Map(reviewers.map((r) => [r, 0]));
  const candidatesFor = (c: Case) => (c.reviewer ? [c.reviewer] : reviewers).filter((r) => r !== c.caseWorker);
  const free = (email: string, slot: Span) => isFreeFor(slot, busy.get(email)) && isFreeFor(slot, calls.get(email));
  const optionsFor = (c: Case): Option[] =>
    slots.flatMap((slot) => (free(c.caseWorker, slot) ? candidatesFor(c).filter((r) => free(r, slot)).map((reviewer) => ({ slot, reviewer })) : []));

  const placed: PlacedCase[] = [];
  const unplaced: UnplacedCase[] = [];
  let open = [...review.caseReviews!.cases].sort((a, b) => a.id.localeCompare(b.id));
  while (open.length > 0) {
    const ranked = open.map((c) => ({ c, options: optionsFor(c) }));
    for (const { c } of ranked.filter((r) => r.options.length === 0)) {
      unplaced.push({ caseId: c.id, reason: whyNotPlaced(c, { review, busy, windows, slots, candidates: candidatesFor(c) }) });
    }
    const [next, ...rest] = ranked.filter((r) => r.options.length > 0).sort((a, b) => a.options.length - b.options.length || a.c.id.localeCompare(b.c.id));
    if (!next) break;
    const best = [...next.options].sort(
      (a, b) => load.get(a.reviewer)! - load.get(b.reviewer)! || a.slot.start - b.slot.start || reviewers.indexOf(a.reviewer) - reviewers.indexOf(b.reviewer),
    )[0]!;
    for (const email of [best.reviewer, next.c.caseWorker]) calls.set(email, [...(calls.get(email) ?? []), best.slot]);
    load.set(best.reviewer, load.get(best.reviewer)! + 1);
    placed.push({ caseId: next.c.id, reviewer: best.reviewer, caseWorker: next.c.caseWorker, start: toIso(best.slot.start), end: toIso(best.slot.end) });
    open = rest.map((r) => r.c);
  }
  placed.sort((a, b) => a.start.localeCompare(b.start) || a.caseId.localeCompare(b.caseId));
  unplaced.sort((a, b) => a.caseId.localeCompare(b.caseId));
  return { placed, unplaced };
};

/** Every start `step` minutes apart from the window's start at which a whole call still fits. */
const gridSlots = (window: Span, minutes: number, step: number): Span[] => {
  const slots: Span[] = [];
  for (let start = window.start; start + minutes * 60_000 <= window.end; start += step * 60_000) {
    slots.push({ start, end: start + minutes * 60_000 });
  }
  return slots;
};
