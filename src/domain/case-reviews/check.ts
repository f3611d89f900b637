/**
 * Every rule of the case-review calls a plan breaks, in words; an empty list means the plan is valid. Written apart
 * from the planner, as the on-site checker is, so that a plan made another way (a call moved after a decline, a
 * reviewer swapped) can be proved valid without trusting the code that made it. The rules: each call is a case of
 * the file, placed once, inside a case-review day for `caseReviews.minutes`, between the case's case worker and a
 * case reviewer (its named `reviewer`, if it has one) who is not the case worker; both are free, and nobody is in
 * two calls at once.
 */
import { dayWindow, isFree, overlaps } from '../shared/index.js';
import type { BusyByPerson, Review } from '../shared/index.js';
import { DateTime } from 'luxon';
import type { PlacedCase } from './case-review-plan.js';

const ms = (iso: string): number => DateTime.fromISO(iso, { setZone: true }).toMillis();

export const checkCaseReviewPlan = (review: Review, busy: BusyByPerson, placed: readonly PlacedCase[]): string[] => {
  const part = review.caseReviews;
  if (!part) return placed.length > 0 ? ['the review has no case reviews, but the plan places calls'] : [];
  const cases = new Map(part.cases.map((c) => [c.id, c]));
  const reviewers = new Set(review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email));
  const windows = part.days.map((d) => dayWindow(d, review.timeZone));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const call of placed) {
    const at = `${call.caseId}:`;
    const c = cases.get(call.caseId);
    if (!c) {
      problems.push(`${at} is not a case of the review`);
      continue;
    }
    if (seen.has(call.caseId)) problems.push(`${at} is placed more than once`);
    seen.add(call.caseId);
    if (!windows.some((w) => ms(w.start) <= ms(call.start) && ms(call.end) <= ms(w.end))) problems.push(`${at} its call ${call.start}–${call.end} is not inside a case-review day`);
    if (ms(call.end) - ms(call.start) !== part.minutes * 60_000) problems.push(`${at} its call is not ${part.minutes} minutes`);
    if (call.caseWorker !== c.caseWorker) problems.push(`${at} ${call.caseWorker} is not its case worker`);
    if (!reviewers.has(call.reviewer)) problems.push(`${at} ${call.reviewer} is not a case reviewer`);
    if (c.reviewer && call.reviewer !== c.reviewer) problems.push(`${at} the file gives it to ${c.reviewer}`);
    if (call.reviewer === call.caseWorker) problems.push(`${at} its case reviewer is its case worker`);
    for (const [email, role] of [[call.reviewer, 'case reviewer'], [call.caseWorker, 'case worker']] as const) {
      if (!isFree(call, busy.get(email))) problems.push(`${at} ${email} (${role}) is not free`);
    }
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      if (!overlaps(a, b)) continue;
      const twice = [a.reviewer, a.caseWorker].filter((e) => e === b.reviewer || e === b.caseWorker);
      if (twice.length > 0) problems.push(`${a.caseId} and ${b.caseId}: ${twice.join(', ')} would be in two calls at once`);
    }
  }
  return problems;
};
