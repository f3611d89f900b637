import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileBusy, isFree, overlaps } from '../../src/domain/shared/intervals.js';
import { planCaseReviews } from '../../src/domain/case-reviews/plan-case-reviews.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';

const TEXT = readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8');

const demo = () => {
  const result = parseReviewFile(TEXT);
  if (!result.ok) throw new Error(result.details?.join('\n'));
  return result.value;
};

describe('the demo review (examples/shropshire-2026.yaml)', () => {
  it('places all 16 cases around everyone’s busy times, nobody in two calls at once', () => {
    const review = demo();
    const busy = fileBusy(review);
    const plan = planCaseReviews(review, busy);
    expect(plan.unplaced).toEqual([]);
    expect(plan.placed.map((p) => p.caseId).sort()).toEqual(review.caseReviews!.cases.map((c) => c.id).sort());
    for (const call of plan.placed) {
      expect(isFree(call, busy.get(call.reviewer))).toBe(true);
      expect(isFree(call, busy.get(call.caseWorker))).toBe(true);
      expect(call.start >= '2026-01-14T09:00:00.000Z' && call.end <= '2026-01-14T17:00:00.000Z').toBe(true);
      for (const other of plan.placed.filter((o) => o !== call && overlaps(call, o))) {
        expect([other.reviewer, other.caseWorker].filter((p) => p === call.reviewer || p === call.caseWorker)).toEqual([]);
      }
    }
  });

  it('makes the planner work around the busy times it lists', () => {
    const review = demo();
    const withBusy = planCaseReviews(review, fileBusy(review));
    const withoutBusy = planCaseReviews(review, new Map());
    expect(withBusy.placed).not.toEqual(withoutBusy.placed);
  });

  it('gives the demo user, Alex Rowan, a place in the project team and case C01', () => {
    const review = demo();
    expect(review.projectTeam).toContain('alex.rowan@shropshire.example');
    expect(review.people).toContainEqual({ email: 'alex.rowan@shropshire.example', name: 'Alex Rowan' });
    expect(review.caseReviews!.cases[0]).toMatchObject({ id: 'C01', caseWorker: 'alex.rowan@shropshire.example' });
  });

  it('names no real person: every address is on an .example domain, and nobody from the staff briefing appears', () => {
    const review = demo();
    const emails = [review.organiser, ...review.projectTeam, ...review.peers.map((p) => p.email), ...review.people.map((p) => p.email)];
    expect(emails.filter((e) => !e.endsWith('.example'))).toEqual([]);
    for (const real of ['Austin', 'Ellis', 'Heath', 'Lawrence', 'Butlin', 'Woodcock', 'Checkley', 'Bannister', 'Shaw']) {
      expect(TEXT).not.toContain(real);
    }
  });
});
