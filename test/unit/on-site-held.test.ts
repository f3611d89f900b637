import { describe, expect, it } from 'vitest';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { interview, smallReview } from '../support/on-site-builder.js';

// 3 Feb 2026 is winter time in London: local times are UTC.
const review = smallReview({ streams: 1, days: [{ date: '2026-02-03', start: '09:00', end: '11:00' }], sessions: [interview('a')] });
const visit = { title: 'School visit', start: '2026-02-03T09:00:00.000Z', end: '2026-02-03T10:00:00.000Z' };

describe('re-planning around sessions booked earlier', () => {
  it('opens the day with the interview when nothing is held', () => {
    expect(planOnSite(review, fileBusy(review)).placed.map((p) => p.start)).toEqual(['2026-02-03T09:00:00.000Z']);
  });

  it('keeps a held session’s stream, even though free peers are left for a second one at the same time', () => {
    const plan = planOnSite(review, fileBusy(review), [visit]);
    expect(plan.placed.map((p) => [p.band.start, p.band.end])).toEqual([['2026-02-03T10:00:00.000Z', '2026-02-03T11:00:00.000Z']]);
    expect(plan.fixed).toEqual([]);
  });

  it('says which held session fills the day when nothing is left', () => {
    const plan = planOnSite(review, fileBusy(review), [{ ...visit, end: '2026-02-03T11:00:00.000Z' }]);
    expect(plan.placed).toEqual([]);
    expect(plan.unplaced.map((u) => u.reason)).toEqual([expect.stringMatching(/^Every band on Tue 3 Feb already has the School visit/)]);
  });
});

describe('a held session past midnight', () => {
  it('takes its stream on the next day too', () => {
    const days = [
      { date: '2026-02-03', start: '20:00', end: '23:59' },
      { date: '2026-02-04', start: '00:00', end: '02:00' },
    ];
    const late = smallReview({ streams: 1, days, sessions: [interview('a', { date: '2026-02-04' })] });
    const held = { title: 'Night visit', start: '2026-02-03T23:30:00.000Z', end: '2026-02-04T01:00:00.000Z' };
    const plan = planOnSite(late, fileBusy(late), [held]);
    expect(plan.placed.map((p) => p.band.start)).toEqual(['2026-02-04T01:00:00.000Z']);
  });
});
