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
        'Times are UK time.',
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

  it('wraps a long name within its column and a long reason under its case, within 100 columns', () => {
    const named: Review = { ...review, peers: [{ ...review.peers[0]!, name: 'Henrietta Wolstenholme-Fairweather' }] };
    const reason = 'The case-review day is full: 18 calls of 60 minutes do not fit in Wed 14 Jan 09:00 to 17:00 with 2 case reviewers. Add a day or a case reviewer.';
    const text = formatTimetable(caseReviewProgramme(named, { placed: plan.placed.slice(0, 1), unplaced: [{ caseId: 'C04', reason }] }), named);
    expect(text).toContain(
      [
        '09:00–10:00  Case review C01   Henrietta               Sam Lee',
        '                               Wolstenholme-',
        '                               Fairweather',
        '',
        'Not placed (1)',
        '  C04: The case-review day is full: 18 calls of 60 minutes do not fit in Wed 14 Jan 09:00 to 17:00',
        '    with 2 case reviewers. Add a day or a case reviewer.',
      ].join('\n'),
    );
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('names a zone other than the UK’s by its short name', () => {
    const paris: Review = { ...review, timeZone: 'Europe/Paris' };
    expect(formatTimetable(caseReviewProgramme(paris, plan), paris).split('\n')[1]).toBe('Times are CET.');
  });

  it('says so when every case is placed', () => {
    expect(formatTimetable(caseReviewProgramme(review, { ...plan, unplaced: [] }), review)).toMatch(/\nEvery case is placed\.$/);
  });
});
