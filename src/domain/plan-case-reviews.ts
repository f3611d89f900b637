/**
 * Places case-review calls: each case gets a case reviewer and a time on a case-review day when the reviewer
 * and the case worker are both free. Greedy, most-constrained case first, least-loaded reviewer first:
 * deterministic, and every choice can be explained to the project team.
 */
import { DateTime } from 'luxon';
import type { CaseReviewPlan, PlacedCase, UnplacedCase } from './case-review-plan.js';
import { dayWindow, isFree } from './intervals.js';
import type { BusyByPerson, Case, Review, UtcInterval } from './review.js';

const STEP_MINUTES = 15;

interface Option {
  slot: UtcInterval;
  reviewer: string;
  /** Starts on the call-length grid (09:00, 10:00...): tidier days for everyone. */
  aligned: boolean;
}

export const describePerson = (review: Review, email: string): string =>
  review.peers.find((p) => p.email === email)?.name ?? review.people.find((p) => p.email === email)?.name ?? email;

export const planCaseReviews = (review: Review, busy: BusyByPerson): CaseReviewPlan => {
  const caseReviews = review.caseReviews;
  if (!caseReviews) return { placed: [], unplaced: [] };
  const reviewers = review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email);
  const slots = candidateSlots(review);
  const taken = new Map<string, UtcInterval[]>();
  const load = new Map<string, number>(reviewers.map((r) => [r, 0]));
  const freeFor = (email: string, slot: UtcInterval) => isFree(slot, busy.get(email)) && isFree(slot, taken.get(email));
  const optionsFor = (c: Case): Option[] =>
    slots.flatMap(({ slot, aligned }) =>
      freeFor(c.caseWorker, slot)
        ? (c.reviewer ? [c.reviewer] : reviewers).filter((r) => r !== c.caseWorker && freeFor(r, slot)).map((reviewer) => ({ slot, reviewer, aligned }))
        : [],
    );

  const placed: PlacedCase[] = [];
  const unplaced: UnplacedCase[] = [];
  let open = [...caseReviews.cases].sort((a, b) => a.id.localeCompare(b.id));
  while (open.length > 0) {
    const ranked = open.map((c) => ({ c, options: optionsFor(c) }));
    const impossible = ranked.filter((r) => r.options.length === 0);
    for (const { c } of impossible) unplaced.push({ caseId: c.id, reason: whyNot(review, c, busy, reviewers, slots.map((s) => s.slot)) });
    const possible = ranked.filter((r) => r.options.length > 0).sort((a, b) => a.options.length - b.options.length || a.c.id.localeCompare(b.c.id));
    const next = possible[0];
    if (!next) break;
    const best = [...next.options].sort(
      (a, b) =>
        load.get(a.reviewer)! - load.get(b.reviewer)! ||
        Number(b.aligned) - Number(a.aligned) ||
        a.slot.start.localeCompare(b.slot.start) ||
        reviewers.indexOf(a.reviewer) - reviewers.indexOf(b.reviewer),
    )[0]!;
    for (const email of [best.reviewer, next.c.caseWorker]) taken.set(email, [...(taken.get(email) ?? []), best.slot]);
    load.set(best.reviewer, load.get(best.reviewer)! + 1);
    placed.push({ caseId: next.c.id, reviewer: best.reviewer, caseWorker: next.c.caseWorker, ...best.slot });
    open = possible.slice(1).map((r) => r.c);
  }
  placed.sort((a, b) => a.start.localeCompare(b.start) || a.caseId.localeCompare(b.caseId));
  unplaced.sort((a, b) => a.caseId.localeCompare(b.caseId));
  return { placed, unplaced };
};

/** Every start on a 15-minute grid from each day's start at which a whole call fits. */
const candidateSlots = (review: Review): { slot: UtcInterval; aligned: boolean }[] => {
  const { days, minutes } = review.caseReviews!;
  return [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((day) => {
      const window = dayWindow(day, review.timeZone);
      const dayStart = DateTime.fromISO(window.start, { zone: 'utc' });
      const dayEnd = DateTime.fromISO(window.end, { zone: 'utc' });
      const slots: { slot: UtcInterval; aligned: boolean }[] = [];
      for (let offset = 0; ; offset += STEP_MINUTES) {
        const start = dayStart.plus({ minutes: offset });
        const end = start.plus({ minutes });
        if (end > dayEnd) break;
        slots.push({ slot: { start: start.toISO()!, end: end.toISO()! }, aligned: offset % minutes === 0 });
      }
      return slots;
    });
};

const dayList = (review: Review): string =>
  review.caseReviews!.days.map((d) => DateTime.fromISO(d.date).toFormat('ccc d LLL')).join(', ');

/** The first reason that explains why a case found no time, in the order a person would check. */
const whyNot = (review: Review, c: Case, busy: BusyByPerson, reviewers: string[], slots: UtcInterval[]): string => {
  const { minutes } = review.caseReviews!;
  const days = dayList(review);
  const worker = describePerson(review, c.caseWorker);
  if (slots.length === 0) return `A ${minutes}-minute call does not fit in the case-review day (${days}): lengthen the day or shorten caseReviews.minutes.`;
  const candidates = (c.reviewer ? [c.reviewer] : reviewers).filter((r) => r !== c.caseWorker);
  if (candidates.length === 0) return `There is no case reviewer other than ${worker} to take this case: add a peer with role caseReviewer.`;
  const workerFree = slots.filter((s) => isFree(s, busy.get(c.caseWorker)));
  if (workerFree.length === 0) return `${worker} (case worker) is busy for the whole case-review day (${days}).`;
  const together = workerFree.some((s) => candidates.some((r) => isFree(s, busy.get(r))));
  if (!together) {
    return c.reviewer
      ? `${worker} (case worker) and ${describePerson(review, c.reviewer)} (case reviewer) are never free together on ${days}.`
      : `No case reviewer is free at the same time as ${worker} (case worker) on ${days}.`;
  }
  return `The case-review day is full: every time ${worker} and a case reviewer are both free is already taken by another call (${review.caseReviews!.cases.length} calls of ${minutes} minutes on ${days}).`;
};
