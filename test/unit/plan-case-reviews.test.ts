import { describe, expect, it } from 'vitest';
import type { PlacedCase } from '../../src/domain/case-reviews/case-review-plan.js';
import { overlaps } from '../../src/domain/shared/intervals.js';
import { planCaseReviews } from '../../src/domain/case-reviews/plan-case-reviews.js';
import { nameOf } from '../../src/domain/shared/index.js';
import type { BusyByPerson, Case, DayWindow, Review } from '../../src/domain/shared/review.js';

const reviewer = (n: number) => ({ email: `reviewer${n}@peers.example`, name: `Reviewer ${n}`, role: 'caseReviewer' as const, themes: [] });

const reviewWith = (cases: Case[], options: { reviewers?: number; days?: DayWindow[]; minutes?: number } = {}): Review => ({
  name: 'Test',
  timeZone: 'Europe/London',
  organiser: 'org@council.example',
  base: 'Hall',
  projectTeam: ['pt@council.example'],
  themes: [],
  peers: [
    { email: 'lead@peers.example', name: 'Lead Peer', role: 'teamLead', themes: [] },
    ...Array.from({ length: options.reviewers ?? 2 }, (_, n) => reviewer(n + 1)),
  ],
  people: [{ email: 'sam@council.example', name: 'Sam Lee' }],
  caseReviews: { days: options.days ?? [{ date: '2026-01-14', start: '09:00', end: '12:00' }], minutes: options.minutes ?? 60, cases },
  busy: {},
});

const casesFor = (n: number, worker = (k: number) => `worker${k}@council.example`): Case[] =>
  Array.from({ length: n }, (_, k) => ({ id: `C${String(k + 1).padStart(2, '0')}`, caseWorker: worker(k + 1), categories: [] }));

/** 2026-01-14 is in GMT, so local and UTC clock times agree. */
const at = (start: string, end: string) => ({ start: `2026-01-14T${start}:00.000Z`, end: `2026-01-14T${end}:00.000Z` });

const expectNobodyDoubleBooked = (placed: PlacedCase[]) => {
  for (const a of placed) {
    for (const b of placed) {
      if (a === b || !overlaps(a, b)) continue;
      expect([a.reviewer, a.caseWorker].filter((p) => p === b.reviewer || p === b.caseWorker)).toEqual([]);
    }
  }
};

const loads = (placed: PlacedCase[], reviewers: number) =>
  Array.from({ length: reviewers }, (_, n) => placed.filter((p) => p.reviewer === `reviewer${n + 1}@peers.example`).length);

describe('planCaseReviews', () => {
  it('places every case on the hour grid when there is room, balancing the reviewers', () => {
    const plan = planCaseReviews(reviewWith(casesFor(6)), new Map());
    expect(plan.unplaced).toEqual([]);
    expect(plan.placed.map((p) => [p.caseId, p.reviewer, p.start])).toEqual([
      ['C01', 'reviewer1@peers.example', '2026-01-14T09:00:00.000Z'],
      ['C02', 'reviewer2@peers.example', '2026-01-14T09:00:00.000Z'],
      ['C03', 'reviewer1@peers.example', '2026-01-14T10:00:00.000Z'],
      ['C04', 'reviewer2@peers.example', '2026-01-14T10:00:00.000Z'],
      ['C05', 'reviewer1@peers.example', '2026-01-14T11:00:00.000Z'],
      ['C06', 'reviewer2@peers.example', '2026-01-14T11:00:00.000Z'],
    ]);
    expectNobodyDoubleBooked(plan.placed);
  });

  it('balances an uneven load to within one call', () => {
    const plan = planCaseReviews(reviewWith(casesFor(7, (k) => `worker${k % 3}@council.example`), { reviewers: 3 }), new Map());
    expect(plan.placed).toHaveLength(7);
    const load = loads(plan.placed, 3);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
    expectNobodyDoubleBooked(plan.placed);
  });

  it('never double-books a case worker with several cases', () => {
    const plan = planCaseReviews(reviewWith(casesFor(3, () => 'sam@council.example'), { reviewers: 3 }), new Map());
    expect(plan.placed.map((p) => p.start)).toEqual(['2026-01-14T09:00:00.000Z', '2026-01-14T10:00:00.000Z', '2026-01-14T11:00:00.000Z']);
    expectNobodyDoubleBooked(plan.placed);
  });

  it('works around busy people', () => {
    const busy: BusyByPerson = new Map([
      ['worker1@council.example', [at('09:00', '11:00')]],
      ['reviewer1@peers.example', [at('11:00', '12:00')]],
    ]);
    expect(planCaseReviews(reviewWith(casesFor(1)), busy).placed).toEqual([
      { caseId: 'C01', reviewer: 'reviewer2@peers.example', caseWorker: 'worker1@council.example', ...at('11:00', '12:00') },
    ]);
  });

  it('gives a case with a named reviewer to that reviewer', () => {
    const cases = casesFor(3).map((c) => ({ ...c, reviewer: 'reviewer2@peers.example' }));
    const plan = planCaseReviews(reviewWith(cases), new Map());
    expect(plan.placed.map((p) => [p.caseId, p.reviewer, p.start])).toEqual([
      ['C01', 'reviewer2@peers.example', '2026-01-14T09:00:00.000Z'],
      ['C02', 'reviewer2@peers.example', '2026-01-14T10:00:00.000Z'],
      ['C03', 'reviewer2@peers.example', '2026-01-14T11:00:00.000Z'],
    ]);
  });

  it('moves on to the next case-review day when the first is full', () => {
    const days = [{ date: '2026-01-15', start: '09:00', end: '10:00' }, { date: '2026-01-14', start: '09:00', end: '10:00' }];
    const plan = planCaseReviews(reviewWith(casesFor(3), { days }), new Map());
    expect(plan.placed.map((p) => p.start)).toEqual(['2026-01-14T09:00:00.000Z', '2026-01-14T09:00:00.000Z', '2026-01-15T09:00:00.000Z']);
  });

  it('lists what does not fit when there are too many cases for the day, and says why', () => {
    const plan = planCaseReviews(reviewWith(casesFor(8)), new Map());
    expect(plan.placed).toHaveLength(6);
    expect(plan.unplaced).toEqual([
      {
        caseId: 'C07',
        reason:
          'The case-review day is full: 8 calls of 60 minutes do not fit in Wed 14 Jan 09:00 to 12:00 with 2 case reviewers; ' +
          'every time worker7@council.example and a case reviewer are both free is taken by another call. Add a day or a case reviewer.',
      },
      expect.objectContaining({ caseId: 'C08' }),
    ]);
  });

  it.each([
    ['busy all day', new Map([['sam@council.example', [at('08:00', '13:00')]]]), undefined, 'Sam Lee (case worker) is busy all of Wed 14 Jan.'],
    ['never free for a whole call', new Map([['sam@council.example', [at('09:30', '10:15'), at('11:00', '12:00')]]]), undefined, 'Sam Lee (case worker) is never free for 60 minutes at a time on Wed 14 Jan.'],
    ['free only when every reviewer is busy', new Map([['sam@council.example', [at('10:00', '12:00')]], ['reviewer1@peers.example', [at('09:00', '10:00')]], ['reviewer2@peers.example', [at('08:00', '10:30')]]]), undefined, 'No case reviewer is free at the same time as Sam Lee (case worker) on Wed 14 Jan.'],
    ['with a named reviewer busy all day', new Map([['reviewer1@peers.example', [at('09:00', '12:00')]]]), 'reviewer1@peers.example', 'Reviewer 1 (case reviewer) is busy all of Wed 14 Jan.'],
    ['never free with the named reviewer', new Map([['sam@council.example', [at('09:00', '10:30')]], ['reviewer1@peers.example', [at('10:00', '12:00')]]]), 'reviewer1@peers.example', 'Sam Lee (case worker) and Reviewer 1 (case reviewer) are never free together on Wed 14 Jan.'],
  ])('explains a case worker %s', (_name, busy, named, reason) => {
    const review = reviewWith([{ id: 'C01', caseWorker: 'sam@council.example', categories: [], ...(named ? { reviewer: named } : {}) }]);
    expect(planCaseReviews(review, busy)).toEqual({ placed: [], unplaced: [{ caseId: 'C01', reason }] });
  });

  it('falls back to quarter-hour starts only when the hour grid leaves a case out', () => {
    const busy: BusyByPerson = new Map([['worker1@council.example', [at('09:00', '09:15'), at('10:15', '12:00')]]]);
    expect(planCaseReviews(reviewWith(casesFor(2)), busy).placed.map((p) => [p.caseId, p.start])).toEqual([
      ['C02', '2026-01-14T09:00:00.000Z'],
      ['C01', '2026-01-14T09:15:00.000Z'],
    ]);
  });

  it('keeps the local day across the clock change at the end of March', () => {
    const on = (date: string) => planCaseReviews(reviewWith(casesFor(1), { days: [{ date, start: '09:00', end: '12:00' }] }), new Map()).placed[0]!;
    expect(on('2026-03-27')).toMatchObject({ start: '2026-03-27T09:00:00.000Z', end: '2026-03-27T10:00:00.000Z' });
    expect(on('2026-03-30')).toMatchObject({ start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' });
  });

  it('is deterministic, whatever the order of the cases in the file', () => {
    const review = reviewWith(casesFor(9, (k) => `worker${k % 4}@council.example`), { reviewers: 3, days: [{ date: '2026-01-14', start: '09:00', end: '13:00' }] });
    const busy: BusyByPerson = new Map([['worker1@council.example', [at('09:00', '10:00')]]]);
    const plan = planCaseReviews(review, busy);
    expect(planCaseReviews(structuredClone(review), new Map(busy))).toEqual(plan);
    const reversed = { ...review, caseReviews: { ...review.caseReviews!, cases: [...review.caseReviews!.cases].reverse() } };
    expect(planCaseReviews(reversed, busy)).toEqual(plan);
  });

  it('has nothing to plan without cases', () => {
    expect(planCaseReviews({ ...reviewWith([]), caseReviews: undefined }, new Map())).toEqual({ placed: [], unplaced: [] });
  });
});

describe('nameOf', () => {
  it('names peers and people, and falls back to the email', () => {
    const review = reviewWith([]);
    expect(nameOf(review, 'reviewer1@peers.example')).toBe('Reviewer 1');
    expect(nameOf(review, 'sam@council.example')).toBe('Sam Lee');
    expect(nameOf(review, 'who@council.example')).toBe('who@council.example');
  });
});
