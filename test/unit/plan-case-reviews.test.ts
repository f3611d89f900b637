import { describe, expect, it } from 'vitest';
import { planCaseReviews } from '../../src/domain/plan-case-reviews.js';
import { overlaps } from '../../src/domain/intervals.js';
import type { BusyByPerson, Case, Review } from '../../src/domain/review.js';

const reviewer = (n: number) => ({ email: `reviewer${n}@peers.example`, name: `Reviewer ${n}`, role: 'caseReviewer' as const, themes: [] });

const reviewWith = (cases: Case[], options: { reviewers?: number; date?: string; start?: string; end?: string } = {}): Review => ({
  name: 'Test',
  timeZone: 'Europe/London',
  organiser: 'org@council.example',
  base: 'Hall',
  projectTeam: ['pt@council.example'],
  themes: [],
  peers: Array.from({ length: options.reviewers ?? 2 }, (_, n) => reviewer(n + 1)),
  people: [{ email: 'sam@council.example', name: 'Sam Lee' }],
  caseReviews: { days: [{ date: options.date ?? '2026-01-14', start: options.start ?? '09:00', end: options.end ?? '12:00' }], minutes: 60, cases },
  busy: {},
});

const cases = (n: number, worker = (k: number) => `worker${k}@council.example`): Case[] =>
  Array.from({ length: n }, (_, k) => ({ id: `C${String(k + 1).padStart(2, "0")}`, caseWorker: worker(k + 1), categories: [] }));

const noOneDoubleBooked = (placed: ReturnType<typeof planCaseReviews>['placed']) => {
  for (const a of placed) for (const b of placed) {
    if (a === b || !overlaps(a, b)) continue;
    expect([a.reviewer, a.caseWorker].filter((p) => p === b.reviewer || p === b.caseWorker)).toEqual([]);
  }
};

describe('planCaseReviews', () => {
  it('places every case when there is room, balancing the reviewers', () => {
    const plan = planCaseReviews(reviewWith(cases(6)), new Map());
    expect(plan.unplaced).toEqual([]);
    expect(plan.placed).toHaveLength(6);
    const loads = ['reviewer1@peers.example', 'reviewer2@peers.example'].map((r) => plan.placed.filter((p) => p.reviewer === r).length);
    expect(loads).toEqual([3, 3]);
    noOneDoubleBooked(plan.placed);
  });

  it('never double-books a case worker with several cases', () => {
    const plan = planCaseReviews(reviewWith(cases(3, () => 'sam@council.example'), { reviewers: 3 }), new Map());
    expect(plan.placed.map((p) => p.start)).toEqual(['2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', '2026-01-14T11:00:00.000Z']);
    noOneDoubleBooked(plan.placed);
  });

  it('works around busy people', () => {
    const busy: BusyByPerson = new Map([
      ['worker1@council.example', [{ start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T11:00:00.000Z' }]],
      ['reviewer1@peers.example', [{ start: '2026-01-14T11:00:00.000Z', end: '2026-01-14T12:00:00.000Z' }]],
    ]);
    const plan = planCaseReviews(reviewWith(cases(1)), busy);
    expect(plan.placed).toEqual([
      { caseId: 'C01', reviewer: 'reviewer2@peers.example', caseWorker: 'worker1@council.example', start: '2026-01-14T11:00:00.000Z', end: '2026-01-14T12:00:00.000Z' },
    ]);
  });

  it('lists what does not fit, with a reason, when there are too many cases for the day', () => {
    const plan = planCaseReviews(reviewWith(cases(8)), new Map());
    expect(plan.placed).toHaveLength(6);
    expect(plan.unplaced.map((u) => u.caseId)).toEqual(['C07', 'C08']);
    expect(plan.unplaced[0]!.reason).toMatch(/The case-review day is full/);
  });

  it('explains a case worker busy all day, and a reviewer never free with them', () => {
    const allDay = [{ start: '2026-01-14T08:00:00.000Z', end: '2026-01-14T13:00:00.000Z' }];
    const busyWorker = planCaseReviews(reviewWith([{ id: 'C01', caseWorker: 'sam@council.example', categories: [] }]), new Map([['sam@council.example', allDay]]));
    expect(busyWorker.unplaced).toEqual([{ caseId: 'C01', reason: 'Sam Lee (case worker) is busy for the whole case-review day (Wed 14 Jan).' }]);
    const fixed = reviewWith([{ id: 'C01', caseWorker: 'sam@council.example', categories: [], reviewer: 'reviewer1@peers.example' }]);
    const neverTogether = planCaseReviews(fixed, new Map([
      ['sam@council.example', [{ start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T10:30:00.000Z' }]],
      ['reviewer1@peers.example', [{ start: '2026-01-14T10:00:00.000Z', end: '2026-01-14T12:00:00.000Z' }]],
    ]));
    expect(neverTogether.unplaced[0]!.reason).toBe('Sam Lee (case worker) and Reviewer 1 (case reviewer) are never free together on Wed 14 Jan.');
  });

  it('falls back to quarter-hour starts when the hour grid has no room', () => {
    const busy: BusyByPerson = new Map([['worker1@council.example', [{ start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T09:15:00.000Z' }, { start: '2026-01-14T10:15:00.000Z', end: '2026-01-14T12:00:00.000Z' }]]]);
    expect(planCaseReviews(reviewWith(cases(1)), busy).placed[0]!.start).toBe('2026-01-14T09:15:00.000Z');
  });

  it('keeps the local day across the clock change at the end of March', () => {
    const before = planCaseReviews(reviewWith(cases(1), { date: '2026-03-27' }), new Map());
    const after = planCaseReviews(reviewWith(cases(1), { date: '2026-03-30' }), new Map());
    expect(before.placed[0]!.start).toBe('2026-03-27T09:00:00.000Z');
    expect(after.placed[0]!.start).toBe('2026-03-30T08:00:00.000Z');
  });

  it('is deterministic for the same input', () => {
    const review = reviewWith(cases(7, (k) => `worker${k % 3}@council.example`), { reviewers: 3, end: '13:00' });
    expect(planCaseReviews(review, new Map())).toEqual(planCaseReviews(structuredClone(review), new Map()));
  });
});
