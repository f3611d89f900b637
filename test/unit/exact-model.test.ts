import { describe, expect, it } from 'vitest';
import { solveExact } from '../../bench/exact-model.js';
import { exactPlan } from '../../bench/exact-plan.js';
import { generateReview } from '../../bench/generate.js';
import { checkOnSitePlan } from '../../src/domain/on-site/check.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import type { LocalBusy, Review } from '../../src/domain/shared/review.js';

type Session = Record<string, unknown>;

const peer = (n: number) => ({ email: `peer${n}@peers.example`, name: `Peer ${n}`, role: 'peer' as const, themes: [] });

/** One day, 2026-02-03 (GMT, so local and UTC clock times agree), 09:00 to `end` unless days are given. */
const reviewWith = (
  sessions: Session[],
  options: { peers?: number; streams?: number; end?: string; fixed?: Session[]; busy?: Record<string, LocalBusy[]>; days?: Session[] } = {},
): Review => ({
  name: 'Test',
  timeZone: 'Europe/London',
  organiser: 'org@council.example',
  base: 'Hall',
  projectTeam: ['pt@council.example'],
  themes: [],
  peers: [...Array.from({ length: options.peers ?? 2 }, (_, n) => peer(n + 1)), { email: 'cr@peers.example', name: 'Case Reviewer', role: 'caseReviewer', themes: [] }],
  people: [],
  onSite: {
    days: options.days ?? [{ date: '2026-02-03', start: '09:00', end: options.end ?? '11:00' }],
    streams: options.streams ?? 1,
    fixed: options.fixed ?? [],
    sessions,
  },
  busy: options.busy ?? {},
});

const interview = (id: string, extra: Session = {}): Session => ({ id, title: id, kind: 'interview', attendees: [`${id}@council.example`], themes: [], ...extra });

const optimum = async (review: Review) => {
  const result = await solveExact({ review, onSite: readOnSite(review)!, busy: fileBusy(review) }, 10);
  expect(result.optimal).toBe(true);
  return result;
};

describe('the exact model', () => {
  it('places everything that fits, in bands one after another', async () => {
    const result = await optimum(reviewWith([interview('a'), interview('b')]));
    expect(result).toMatchObject({ value: 2, placed: 2, bound: 2 });
    expect([...result.starts.values()].sort()).toEqual([Date.parse('2026-02-03T09:00Z'), Date.parse('2026-02-03T10:00Z')]);
  });

  it('when not everything fits, keeps the sessions of the highest priority', async () => {
    const review = reviewWith([interview('a', { priority: 3 }), interview('b'), interview('c', { priority: 2 })]);
    const result = await optimum(review);
    expect(result).toMatchObject({ value: 5, placed: 2 });
    expect([...result.starts.keys()].sort()).toEqual(['a', 'c']);
  });

  it('runs at most `streams` sessions at once, and only with enough peers for all of them', async () => {
    const three = [interview('a'), interview('b'), interview('c')];
    expect((await optimum(reviewWith(three, { streams: 2, peers: 4, end: '10:00' }))).value).toBe(2);
    expect((await optimum(reviewWith(three, { streams: 2, peers: 3, end: '10:00' }))).value).toBe(1);
    expect((await optimum(reviewWith(three, { streams: 3, peers: 6, end: '10:00' }))).value).toBe(3);
  });

  it('fits a site visit with its travel both ways inside the day', async () => {
    const visit = (travelMinutes: number) => ({ id: 'v', title: 'v', kind: 'siteVisit', attendees: [], themes: [], minutes: 60, travelMinutes });
    expect((await optimum(reviewWith([visit(30)]))).value).toBe(1);
    expect((await optimum(reviewWith([visit(45)]))).value).toBe(0);
  });

  it('lets shorter sessions share a band with a longer one, and chooses the better split', async () => {
    const focusGroup = { id: 'fg', title: 'fg', kind: 'focusGroup', attendees: ['fg@council.example'], themes: [] };
    expect((await optimum(reviewWith([focusGroup, interview('a')], { streams: 2, peers: 4, end: '10:30' }))).value).toBe(2);
    expect((await optimum(reviewWith([focusGroup], { end: '10:00' }))).value).toBe(0);
    const result = await optimum(reviewWith([focusGroup, interview('a'), interview('b'), interview('c')], { streams: 2, peers: 4 }));
    expect(result.value).toBe(3);
    expect(result.starts.has('fg')).toBe(false);
  });

  it('needs peers free for the whole band, not only for their own session', async () => {
    const focusGroup = { id: 'fg', title: 'fg', kind: 'focusGroup', attendees: [], themes: [] };
    const busy = { 'peer4@peers.example': [{ start: '2026-02-03T10:00', end: '2026-02-03T10:30' }] };
    // The only band long enough for the focus group (09:00-10:30) has 3 peers free; the interview cannot join it.
    expect((await optimum(reviewWith([focusGroup, interview('a')], { streams: 2, peers: 4, busy }))).value).toBe(1);
  });

  it('keeps attendees to one session a band and out of their busy times', async () => {
    const shared = (id: string) => interview(id, { attendees: ['dcs@council.example'] });
    expect((await optimum(reviewWith([shared('a'), shared('b')], { streams: 2, peers: 4, end: '10:00' }))).value).toBe(1);
    const busy = { 'dcs@council.example': [{ start: '2026-02-03T09:00', end: '2026-02-03T10:00' }] };
    expect((await optimum(reviewWith([shared('a'), shared('b')], { busy }))).value).toBe(1);
  });

  it('keeps bands clear of allPeers items and gives up a stream to other fixed items', async () => {
    const three = [interview('a'), interview('b'), interview('c')];
    const talk = { title: 'Talk', kind: 'presentation', date: '2026-02-03', start: '10:00', end: '10:30', attendees: [], allPeers: true };
    expect((await optimum(reviewWith(three, { end: '12:00', fixed: [talk] }))).value).toBe(2);
    const audit = { title: 'Audit', kind: 'interview', date: '2026-02-03', start: '09:00', end: '10:00', attendees: ['b@council.example'], allPeers: false };
    expect((await optimum(reviewWith(three, { streams: 2, peers: 4, end: '10:00', fixed: [audit] }))).value).toBe(1);
  });

  it('places a pinned session only on its day, with the offset of that day across the clock change', async () => {
    const days = [
      { date: '2026-03-27', start: '09:00', end: '10:00' },
      { date: '2026-03-30', start: '09:00', end: '10:00' },
    ];
    const result = await optimum(reviewWith([interview('a', { date: '2026-03-30' })], { days }));
    expect(result.starts.get('a')).toBe(Date.parse('2026-03-30T08:00Z'));
    const busy = { 'a@council.example': [{ start: '2026-03-30T09:00', end: '2026-03-30T10:00' }] };
    expect((await optimum(reviewWith([interview('a', { date: '2026-03-30' })], { days, busy }))).value).toBe(0);
  });
});

describe('the exact model on a generated week', () => {
  it('finds a programme the rules checker accepts, at least as good as the scheduler’s', async () => {
    const review = generateReview({ sessions: 20, peers: 5, attendees: 16, streams: 2, days: 2 }, 'small');
    const input = { review, onSite: readOnSite(review)!, busy: fileBusy(review) };
    const result = await optimum(review);
    expect(checkOnSitePlan(review, input.busy, exactPlan(input, result.starts))).toEqual([]);
    const priority = new Map(input.onSite.sessions.map((s) => [s.id, s.priority]));
    const ours = planOnSite(review, input.busy).placed.reduce((sum, p) => sum + priority.get(p.sessionId)!, 0);
    expect(ours).toBeLessThanOrEqual(result.value);
    expect(result.placed).toBeLessThan(20);
  });
});
