import { describe, expect, it } from 'vitest';
import { checkCaseReviewPlan, planCaseReviews, type PlacedCase } from '../../src/domain/case-reviews/index.js';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { PARTS, revisionReview } from '../support/revision-builder.js';

const review = revisionReview({
  cases: [...PARTS.cases, { id: 'C03', caseWorker: 'sam@council.example', categories: [] }],
  busy: { 'tom@peers.example': [{ start: '2026-01-14T09:00', end: '2026-01-14T10:00' }] },
});
const busy = fileBusy(review);
const valid = planCaseReviews(review, busy).placed;
const UTC = (hhmm: string) => `2026-01-14T${hhmm}:00.000Z`;
const withFirst = (change: Partial<PlacedCase>): PlacedCase[] => [{ ...valid[0]!, ...change }, ...valid.slice(1)];

describe('checkCaseReviewPlan', () => {
  it('finds nothing wrong with what the planner makes', () => {
    expect(valid).toHaveLength(3);
    expect(checkCaseReviewPlan(review, busy, valid)).toEqual([]);
  });

  it.each<[string, () => PlacedCase[], RegExp]>([
    ['an unknown case', () => withFirst({ caseId: 'C99' }), /C99: is not a case of the review/],
    ['a case placed twice', () => [...valid, valid[0]!], /is placed more than once/],
    ['a call outside the day', () => withFirst({ start: UTC('16:30'), end: UTC('17:30') }), /is not inside a case-review day/],
    ['a call of the wrong length', () => withFirst({ end: UTC('09:45') }), /its call is not 60 minutes/],
    ['another case worker', () => withFirst({ caseWorker: 'dana@council.example' }), /dana@council.example is not its case worker/],
    ['a peer who is not a case reviewer', () => withFirst({ reviewer: 'ann@peers.example' }), /ann@peers.example is not a case reviewer/],
    ['a case given to someone other than its named reviewer', () => valid.map((c) => (c.caseId === 'C02' ? { ...c, reviewer: 'tom@peers.example' } : c)), /C02: the file gives it to rita@peers.example/],
    ['a busy reviewer', () => withFirst({ reviewer: 'tom@peers.example', start: UTC('09:00'), end: UTC('10:00') }), /tom@peers.example \(case reviewer\) is not free/],
  ])('reports %s', (_, broken, message) => {
    expect(checkCaseReviewPlan(review, busy, broken()).join('\n')).toMatch(message);
  });

  it('reports someone in two calls at once, and a case reviewer who is the case worker', () => {
    const twice: PlacedCase[] = [
      { caseId: 'C01', reviewer: 'rita@peers.example', caseWorker: 'sam@council.example', start: UTC('11:00'), end: UTC('12:00') },
      { caseId: 'C03', reviewer: 'tom@peers.example', caseWorker: 'sam@council.example', start: UTC('11:30'), end: UTC('12:30') },
    ];
    expect(checkCaseReviewPlan(review, busy, twice)).toEqual(['C01 and C03: sam@council.example would be in two calls at once']);
    const own = revisionReview({ cases: [{ id: 'C01', caseWorker: 'rita@peers.example', categories: [] }] });
    expect(checkCaseReviewPlan(own, new Map(), [{ ...twice[0]!, caseWorker: 'rita@peers.example' }])).toEqual(['C01: its case reviewer is its case worker']);
  });
});
