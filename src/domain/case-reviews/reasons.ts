/** Why a case found no time, in words a project team member can act on. */
import { DateTime } from 'luxon';
import { isFreeFor, joinAnd, nameOf, type Span } from '../shared/index.js';
import type { Case, Review } from '../shared/index.js';

const dayNames = (review: Review): string =>
  joinAnd(review.caseReviews!.days.map((d) => DateTime.fromISO(d.date).toFormat('ccc d LLL')));

const dayHours = (review: Review): string =>
  joinAnd(review.caseReviews!.days.map((d) => `${DateTime.fromISO(d.date).toFormat('ccc d LLL')} ${d.start} to ${d.end}`));

interface Context {
  review: Review;
  busy: Map<string, Span[]>;
  /** The case-review days' own windows. */
  windows: Span[];
  /** Every start the planner tried. */
  slots: Span[];
  /** Case reviewers who may take the case (its named reviewer, or all but the case worker). */
  candidates: string[];
}

/** Busy for the whole of every case-review day, rather than only without a long enough gap. */
const busyAllDay = (email: string, { busy, windows }: Context): boolean =>
  windows.every((w) => {
    let cursor = w.start;
    for (const b of [...(busy.get(email) ?? [])].sort((x, y) => x.start - y.start)) {
      if (b.start > cursor) break;
      cursor = Math.max(cursor, b.end);
    }
    return cursor >= w.end;
  });

const neverFree = (email: string, role: string, context: Context): string => {
  const who = `${nameOf(context.review, email)} (${role})`;
  const days = dayNames(context.review);
  return busyAllDay(email, context)
    ? `${who} is busy all of ${days}.`
    : `${who} is never free for ${context.review.caseReviews!.minutes} minutes at a time on ${days}.`;
};

/** The first reason that explains it, in the order a person would check. */
export const whyNotPlaced = (c: Case, context: Context): string => {
  const { review, busy, slots, candidates } = context;
  const { minutes, cases } = review.caseReviews!;
  const worker = nameOf(review, c.caseWorker);
  if (slots.length === 0) return `A ${minutes}-minute call does not fit in ${dayHours(review)}: lengthen the day or shorten caseReviews.minutes.`;
  if (candidates.length === 0) return `No case reviewer other than ${worker} can take case ${c.id}: add a peer with role caseReviewer.`;
  const workerFree = slots.filter((s) => isFreeFor(s, busy.get(c.caseWorker)));
  if (workerFree.length === 0) return neverFree(c.caseWorker, 'case worker', context);
  if (c.reviewer && !slots.some((s) => isFreeFor(s, busy.get(c.reviewer!)))) return neverFree(c.reviewer, 'case reviewer', context);
  if (!workerFree.some((s) => candidates.some((r) => isFreeFor(s, busy.get(r))))) {
    return c.reviewer
      ? `${worker} (case worker) and ${nameOf(review, c.reviewer)} (case reviewer) are never free together on ${dayNames(review)}.`
      : `No case reviewer is free at the same time as ${worker} (case worker) on ${dayNames(review)}.`;
  }
  const partner = c.reviewer ? nameOf(review, c.reviewer) : 'a case reviewer';
  const count = review.peers.filter((p) => p.role === 'caseReviewer').length;
  const reviewers = `${count} case reviewer${count === 1 ? '' : 's'}`;
  return (
    `The case-review day is full: ${cases.length} calls of ${minutes} minutes do not fit in ${dayHours(review)} with ${reviewers}; ` +
    `every time ${worker} and ${partner} are both free is taken by another call. Add a day or a case reviewer.`
  );
};
