import { describe, expect, it } from 'vitest';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { checkOnSitePlan } from '../../src/domain/on-site/check.js';
import { buildModel } from '../../src/domain/on-site/model.js';
import { whyNotPlaced } from '../../src/domain/on-site/reasons.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { interview, smallReview, type SmallOnSite } from '../support/on-site-builder.js';

/** The reasons of a small review's unplaced sessions, by id, once the plan is proven valid. */
const reasons = (o: SmallOnSite): Record<string, string> => {
  const review = smallReview(o);
  const busy = fileBusy(review);
  const plan = planOnSite(review, busy);
  expect(checkOnSitePlan(review, busy, plan)).toEqual([]);
  return Object.fromEntries(plan.unplaced.map((u) => [u.sessionId, u.reason]));
};

const DCS = 'dcs@testshire.example';
const ICB = 'icb@testshire.example';
const TUE = '2026-02-03';
const hour = [{ date: TUE, start: '09:00', end: '10:00' }];
const dropIn = (start: string, end: string) => ({ title: 'Drop-in', kind: 'interview', date: TUE, start, end, attendees: [] });
const FULL_ADVICE = 'add a stream or a day, or lower another session’s priority.';

describe('why a session is unplaced: the day itself', () => {
  it('says when the session is longer than the day', () => {
    const visit = { id: 'v', title: 'Visit', kind: 'siteVisit', minutes: 90, travelMinutes: 30, attendees: [], themes: [] };
    expect(reasons({ sessions: [visit] })).toEqual({ v: "A 150-minute site visit (90 minutes there and 30 minutes' travel each way) does not fit in the day on Tue 3 Feb: shorten it or lengthen the day." });
  });

  it('says when it does not fit between fixed items that hold every peer', () => {
    const fixed = [{ title: 'Presentation', kind: 'presentation', date: TUE, start: '10:00', end: '10:30', allPeers: true }];
    expect(reasons({ fixed, sessions: [{ ...interview('f'), kind: 'focusGroup' }] })).toEqual({ f: 'A 90-minute focus group does not fit between the fixed items in the day on Tue 3 Feb: shorten it or lengthen the day.' });
  });
});

describe('why a session is unplaced: calendars and peers', () => {
  it('names the attendee who is busy all day, or never free long enough', () => {
    expect(reasons({ sessions: [interview('a', { attendees: [DCS] })], busy: { [DCS]: [{ start: `${TUE}T08:00`, end: `${TUE}T12:00` }] } })).toEqual({ a: 'Dana Director is busy all of Tue 3 Feb.' });
    const gaps = { [DCS]: [{ start: `${TUE}T09:30`, end: `${TUE}T10:30` }] };
    expect(reasons({ sessions: [interview('a', { attendees: [DCS] })], busy: gaps })).toEqual({ a: 'Dana Director is never free for 60 minutes at a time on Tue 3 Feb.' });
  });

  it('says when the attendees are never free together', () => {
    const busy = { [DCS]: [{ start: `${TUE}T09:00`, end: `${TUE}T10:00` }], [ICB]: [{ start: `${TUE}T10:00`, end: `${TUE}T11:00` }] };
    expect(reasons({ busy, sessions: [interview('a', { attendees: [DCS, ICB] })] })).toEqual({ a: 'Dana Director and Ivo Board are never free together on Tue 3 Feb.' });
  });

  it('says when too few eligible peers are ever free at once', () => {
    expect(reasons({ sessions: [interview('a', { peers: 5 })] })).toEqual({ a: 'Never 5 peers free at once on Tue 3 Feb (for 60 minutes): add a peer or free a peer’s calendar.' });
  });
});

describe('why a session is unplaced: the sessions already placed', () => {
  it('names the attendee and the sessions they are already in (three interviews with the DCS, room for two)', () => {
    const sessions = ['a', 'b', 'c'].map((id) => interview(id, { attendees: [DCS] }));
    expect(reasons({ sessions })).toEqual({
      c: 'Dana Director is already in Interview a or Interview b at every time they are free on Tue 3 Feb: ask them for more time, add a day, or give this session a higher priority than one of those.',
    });
  });

  it('names which of several attendees is taken', () => {
    const sessions = [interview('a', { attendees: [DCS], priority: 2 }), interview('c', { attendees: [DCS, ICB] })];
    expect(reasons({ days: hour, sessions })).toEqual({
      c: 'Dana Director is already in Interview a at every time Dana Director and Ivo Board are free on Tue 3 Feb: ask Dana Director for more time, add a day, or give this session a higher priority than Interview a.',
    });
  });

  it('says every band is full, with the number of streams', () => {
    expect(reasons({ streams: 1, sessions: [interview('a'), interview('b'), interview('c')] })).toEqual({ c: `Every band on Tue 3 Feb already has 1 session: ${FULL_ADVICE}` });
  });

  it('counts a shared fixed item as taking a stream (1 session and the Drop-in, not 2 sessions)', () => {
    const sessions = [interview('a', { peers: 1 }), interview('b', { peers: 1 })];
    expect(reasons({ days: hour, streams: 2, fixed: [dropIn('09:00', '10:00')], sessions })).toEqual({ b: `Every band on Tue 3 Feb already has 1 session and the Drop-in: ${FULL_ADVICE}` });
  });

  it('says when shared fixed items take every stream on their own', () => {
    expect(reasons({ days: hour, streams: 1, fixed: [dropIn('09:00', '10:00')], sessions: [interview('a')] })).toEqual({ a: `Every band on Tue 3 Feb already has the Drop-in: ${FULL_ADVICE}` });
  });

  it('says the bands are full, naming the fixed item, when only some bands overlap it', () => {
    const sessions = ['a', 'b', 'c', 'd'].map((id) => interview(id, { peers: 1 }));
    expect(reasons({ streams: 2, fixed: [dropIn('10:00', '11:00')], sessions })).toEqual({
      d: `Every band on Tue 3 Feb is full (2 streams; the Drop-in takes one while it runs): ${FULL_ADVICE}`,
    });
  });

  it('says when the peers are used up by the other sessions of the band', () => {
    const sessions = [interview('a', { peers: 3, priority: 2 }), interview('b', { attendees: [ICB] })];
    expect(reasons({ days: hour, sessions })).toEqual({ b: 'Every band on Tue 3 Feb where Ivo Board is free has fewer than 2 peers left over from its other sessions: add a peer or free a peer’s calendar.' });
  });

  it('says when no gap between the bands is long enough', () => {
    const days = [{ date: TUE, start: '09:00', end: '10:15' }];
    const busy = { [ICB]: [{ start: `${TUE}T10:00`, end: `${TUE}T10:15` }], [DCS]: [{ start: `${TUE}T09:00`, end: `${TUE}T09:15` }] };
    const sessions = [interview('a', { attendees: [ICB], priority: 2 }), interview('x', { attendees: [DCS] })];
    expect(reasons({ days, busy, sessions })).toEqual({
      x: 'No gap between the bands on Tue 3 Feb when Dana Director is free is long enough for a 60-minute interview: shorten it, add a day, or lower another session’s priority.',
    });
  });

  it('names the most common cause first when several block it', () => {
    const sessions = [interview('a', { attendees: [DCS], priority: 3 }), interview('b', { priority: 2 }), interview('c', { attendees: [DCS] })];
    expect(reasons({ streams: 1, sessions })).toEqual({
      c: 'Every time on Tue 3 Feb when Dana Director is free is taken, mostly because Dana Director is already in Interview a, otherwise because the band is full: ask them for more time, add a day, or give this session a higher priority than Interview a.',
    });
  });

  it('adds that a pinned session would fit on another day', () => {
    const days = [{ date: TUE, start: '09:00', end: '10:00' }, { date: '2026-02-04', start: '09:00', end: '10:00' }];
    const sessions = [interview('a', { date: TUE, priority: 2 }), interview('b', { date: TUE })];
    expect(reasons({ days, streams: 1, sessions })).toEqual({ b: `Every band on Tue 3 Feb already has 1 session: ${FULL_ADVICE} It is pinned to Tue 3 Feb; there is room on Wed 4 Feb.` });
  });

  it('falls back to the free time the planner missed', () => {
    const review = smallReview({ sessions: [interview('a', { attendees: [DCS] })], busy: { [DCS]: [{ start: `${TUE}T09:00`, end: `${TUE}T09:30` }] } });
    const model = buildModel(review, readOnSite(review)!, fileBusy(review));
    expect(whyNotPlaced(model, [[]], 0)).toBe('It fits at 09:30 on Tue 3 Feb, but the planner missed that place: raise its priority and plan again.');
  });
});
