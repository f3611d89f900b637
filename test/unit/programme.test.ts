import { describe, expect, it } from 'vitest';
import type { CaseReviewPlan } from '../../src/domain/case-reviews/case-review-plan.js';
import { caseReviewProgramme, formatTimetable } from '../../src/domain/programme/programme.js';
import type { Review } from '../../src/domain/shared/review.js';

const review: Review = {
  name: 'Testshire SEND Peer Challenge',
  timeZone: 'Europe/London',
  organiser: 'org@council.example',
  base: 'Town Hall',
  projectTeam: ['pt@council.example'],
  themes: [],
  peers: [{ email: 'rita@peers.example', name: 'Rita Reviewer', role: 'caseReviewer', themes: [] }],
  people: [{ email: 'sam@council.example', name: 'Sam Lee' }],
  busy: {},
};

const plan: CaseReviewPlan = {
  placed: [
    { caseId: 'C01', reviewer: 'rita@peers.example', caseWorker: 'sam@council.example', start: '2026-01-14T09:00:00.000Z', end: '2026-01-14T10:00:00.000Z' },
    { caseId: 'C02', reviewer: 'rita@peers.example', caseWorker: 'kim@council.example', start: '2026-01-14T10:00:00.000Z', end: '2026-01-14T11:00:00.000Z' },
    { caseId: 'C03', reviewer: 'rita@peers.example', caseWorker: 'sam@council.example', start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' },
  ],
  unplaced: [{ caseId: 'C04', reason: 'Sam Lee (case worker) is busy all of Wed 14 Jan.' }],
};

describe('caseReviewProgramme', () => {
  it('writes each call in the format of programme-spec.md, with the offset in force that day', () => {
    const programme = caseReviewProgramme(review, plan);
    expect(programme.review).toBe('Testshire SEND Peer Challenge');
    expect(programme.placed[0]).toEqual({
      sessionId: 'C01',
      kind: 'caseReview',
      title: 'Case review C01',
      start: '2026-01-14T09:00:00.000+00:00',
      end: '2026-01-14T10:00:00.000+00:00',
      stream: null,
      peers: ['rita@peers.example'],
      attendees: ['sam@council.example'],
      location: null,
      online: true,
    });
    expect(programme.placed[2]).toMatchObject({ start: '2026-03-30T09:00:00.000+01:00', end: '2026-03-30T10:00:00.000+01:00' });
    expect(programme.unplaced).toEqual([{ sessionId: 'C04', reason: 'Sam Lee (case worker) is busy all of Wed 14 Jan.' }]);
  });
});

describe('formatTimetable', () => {
  it('prints a block per day in local time, with names where the review knows them, then what was not placed', () => {
    expect(formatTimetable(caseReviewProgramme(review, plan), review)).toBe(
      [
        'Testshire SEND Peer Challenge',
        'Times in Europe/London',
        '',
        'Wednesday 14 January 2026',
        'Time         Case              Reviewer                Case worker',
        '09:00–10:00  Case review C01   Rita Reviewer           Sam Lee',
        '10:00–11:00  Case review C02   Rita Reviewer           kim@council.example',
        '',
        'Monday 30 March 2026',
        'Time         Case              Reviewer                Case worker',
        '09:00–10:00  Case review C03   Rita Reviewer           Sam Lee',
        '',
        'Not placed (1)',
        '  C04: Sam Lee (case worker) is busy all of Wed 14 Jan.',
      ].join('\n'),
    );
  });

  it('says so when every case is placed', () => {
    expect(formatTimetable(caseReviewProgramme(review, { ...plan, unplaced: [] }), review)).toMatch(/\nEvery case is placed\.$/);
  });
});
