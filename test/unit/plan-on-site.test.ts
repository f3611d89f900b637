import { describe, expect, it } from 'vitest';
import { interview, plan } from '../support/on-site-builder.js';

const ids = (p: ReturnType<typeof plan>) => p.placed.map((s) => s.sessionId).sort();

describe('planOnSite: the hard rules, one at a time', () => {
  it('keeps every session inside its day window (09:00–11:00 holds two hours of one stream)', () => {
    const p = plan({ streams: 1, sessions: [interview('a'), interview('b'), interview('c')] });
    expect(p.placed.map((s) => [s.start, s.end])).toEqual([
      ['2026-02-03T09:00:00.000Z', '2026-02-03T10:00:00.000Z'],
      ['2026-02-03T10:00:00.000Z', '2026-02-03T11:00:00.000Z'],
    ]);
    expect(p.unplaced).toEqual([{ sessionId: 'c', reason: expect.stringContaining('Every band on Tue 3 Feb already has 1 session:') }]);
  });

  it('places a pinned session on its date only', () => {
    const days = [{ date: '2026-02-03', start: '09:00', end: '11:00' }, { date: '2026-02-04', start: '09:00', end: '11:00' }];
    const p = plan({ days, sessions: [interview('a', { date: '2026-02-04' })] });
    expect(p.placed[0]!.start).toBe('2026-02-04T09:00:00.000Z');
  });

  it('never puts an attendee in two sessions of one band', () => {
    const p = plan({ days: [{ date: '2026-02-03', start: '09:00', end: '10:00' }], sessions: [interview('a', { attendees: ['dcs@testshire.example'] }), interview('b', { attendees: ['DCS@testshire.example'] })] });
    expect(p.placed).toHaveLength(1);
  });

  it('keeps the peers on a site visit busy for the travel, and the attendees only for the visit', () => {
    const visit = { id: 'v', title: 'Visit', kind: 'siteVisit', minutes: 60, travelMinutes: 30, attendees: ['icb@testshire.example'], themes: [], peers: 4 };
    const attendeeBusyInTravel = plan({ sessions: [visit], busy: { 'icb@testshire.example': [{ start: '2026-02-03T09:00', end: '2026-02-03T09:30' }] } });
    expect(attendeeBusyInTravel.placed[0]).toMatchObject({
      start: '2026-02-03T09:30:00.000Z',
      end: '2026-02-03T10:30:00.000Z',
      band: { start: '2026-02-03T09:00:00.000Z', end: '2026-02-03T11:00:00.000Z' },
    });
    const peerBusyInTravel = plan({ sessions: [visit], busy: { 'ann@peers.example': [{ start: '2026-02-03T10:45', end: '2026-02-03T11:00' }] } });
    expect(peerBusyInTravel.placed).toEqual([]);
    expect(peerBusyInTravel.unplaced[0]!.reason).toBe('Never 4 peers free at once when Ivo Board is free on Tue 3 Feb (for 120 minutes): add a peer or free a peer’s calendar.');
  });

  it('works around busy times', () => {
    const p = plan({ sessions: [interview('a', { attendees: ['dcs@testshire.example'] })], busy: { 'dcs@testshire.example': [{ start: '2026-02-03T09:00', end: '2026-02-03T10:00' }] } });
    expect(p.placed[0]!.start).toBe('2026-02-03T10:00:00.000Z');
  });

  it('gives each session its number of peers, never a case reviewer', () => {
    const p = plan({ sessions: [interview('a', { peers: 3, themes: ['leadership'] }), interview('b', { peers: 1 })] });
    expect(p.placed.map((s) => s.peers.length).sort()).toEqual([1, 3]);
    expect(p.placed.flatMap((s) => s.peers)).not.toContain('rita@peers.example');
    expect(plan({ sessions: [interview('a', { peers: 5 })] }).placed).toEqual([]);
  });

  it('runs at most `streams` sessions at once, less one for each shared fixed item', () => {
    const day = [{ date: '2026-02-03', start: '09:00', end: '10:00' }];
    const sessions = [interview('a', { peers: 1 }), interview('b', { peers: 1 }), interview('c', { peers: 1 })];
    expect(plan({ days: day, streams: 2, sessions }).placed).toHaveLength(2);
    const fixed = [{ title: 'Drop-in', kind: 'interview', date: '2026-02-03', start: '09:30', end: '10:00', attendees: [] }];
    expect(plan({ days: day, streams: 2, sessions, fixed }).placed).toHaveLength(1);
  });

  it('runs allPeers items alone, and places fixed items as given with every on-site peer', () => {
    const fixed = [{ title: 'Presentation', kind: 'presentation', date: '2026-02-03', start: '09:00', end: '10:00', allPeers: true }];
    const p = plan({ fixed, sessions: [interview('a'), interview('b'), interview('c')] });
    expect(p.placed.map((s) => s.start)).toEqual(['2026-02-03T10:00:00.000Z', '2026-02-03T10:00:00.000Z']);
    expect(p.fixed).toEqual([
      { title: 'Presentation', kind: 'presentation', start: '2026-02-03T09:00:00.000Z', end: '2026-02-03T10:00:00.000Z', peers: ['ann@peers.example', 'ben@peers.example', 'cat@peers.example', 'dan@peers.example'], attendees: [] },
    ]);
  });

  it('starts parallel sessions together in one band as long as the longest', () => {
    const p = plan({ days: [{ date: '2026-02-03', start: '09:00', end: '10:30' }], sessions: [interview('a'), { ...interview('f'), kind: 'focusGroup' }] });
    expect(p.placed.map((s) => s.band)).toEqual([
      { start: '2026-02-03T09:00:00.000Z', end: '2026-02-03T10:30:00.000Z' },
      { start: '2026-02-03T09:00:00.000Z', end: '2026-02-03T10:30:00.000Z' },
    ]);
    expect(p.placed.map((s) => s.stream)).toEqual(['A', 'B']);
  });

  it('places daily fixed items on every on-site day', () => {
    const days = [{ date: '2026-02-03', start: '09:00', end: '17:00' }, { date: '2026-02-04', start: '09:00', end: '17:00' }];
    const p = plan({ days, sessions: [], fixed: [{ title: 'Lunch', kind: 'break', daily: true, start: '12:30', end: '13:15', allPeers: true }] });
    expect(p.fixed.map((f) => f.start)).toEqual(['2026-02-03T12:30:00.000Z', '2026-02-04T12:30:00.000Z']);
  });
});

describe('planOnSite: when not everything fits', () => {
  it('says who is never free, or never free together', () => {
    const days = [{ date: '2026-02-03', start: '09:00', end: '11:00' }, { date: '2026-02-04', start: '09:00', end: '11:00' }];
    const busy = {
      'dcs@testshire.example': [{ start: '2026-02-03T09:00', end: '2026-02-03T11:00' }, { start: '2026-02-04T08:00', end: '2026-02-04T12:00' }],
      'icb@testshire.example': [{ start: '2026-02-03T09:00', end: '2026-02-03T10:00' }, { start: '2026-02-04T10:00', end: '2026-02-04T11:00' }],
    };
    const alone = plan({ days, busy, sessions: [interview('a', { attendees: ['dcs@testshire.example'] })] });
    expect(alone.unplaced).toEqual([{ sessionId: 'a', reason: 'Dana Director is busy all of 3 to 4 Feb.' }]);
    const together = plan({ days, busy: { ...busy, 'dcs@testshire.example': [{ start: '2026-02-03T10:00', end: '2026-02-03T11:00' }, { start: '2026-02-04T09:00', end: '2026-02-04T10:00' }] }, sessions: [interview('b', { attendees: ['dcs@testshire.example', 'icb@testshire.example'] })] });
    expect(together.unplaced).toEqual([{ sessionId: 'b', reason: 'Dana Director and Ivo Board are never free together on 3 to 4 Feb.' }]);
  });

  it('says when a session does not fit in the day at all', () => {
    const p = plan({ sessions: [{ id: 'v', title: 'Visit', kind: 'siteVisit', minutes: 90, travelMinutes: 30, attendees: [], themes: [] }] });
    expect(p.unplaced[0]!.reason).toMatch(/^A 150-minute site visit \(90 minutes there and 30 minutes' travel each way\) does not fit/);
  });

  it('keeps the sessions of higher priority when the week is short', () => {
    const p = plan({ streams: 1, sessions: [interview('a'), interview('b', { priority: 3 }), interview('c'), interview('d', { priority: 2 })] });
    expect(ids(p)).toEqual(['b', 'd']);
  });
});

describe('planOnSite: preferences and repeatability', () => {
  it('prefers a peer whose themes match the session', () => {
    const p = plan({ sessions: [interview('a', { peers: 1, themes: ['coproduction'] })] });
    expect(p.placed[0]!.peers).toEqual(['cat@peers.example']);
  });

  it('gives the same plan twice, and for the sessions in any order', () => {
    const sessions = ['e', 'a', 'd', 'b', 'c', 'f'].map((id, i) => interview(id, { attendees: [i % 2 ? 'dcs@testshire.example' : 'icb@testshire.example'], themes: [['leadership', 'provision', 'coproduction'][i % 3]] }));
    const days = [{ date: '2026-02-03', start: '09:00', end: '12:00' }];
    const first = plan({ days, sessions });
    expect(plan({ days, sessions })).toEqual(first);
    expect(plan({ days, sessions: [...sessions].reverse() })).toEqual(first);
    expect(first.placed).toHaveLength(6);
  });

  it('reports themes with no session and the essential site visits present or missing', () => {
    const visit = { id: 'v', title: 'Visit', kind: 'siteVisit', setting: 'camhs', minutes: 60, attendees: [], themes: ['provision'] };
    const p = plan({ sessions: [visit, interview('a', { themes: ['leadership'] })] });
    expect(p.coverage.themesUncovered).toEqual(['coproduction']);
    expect(p.coverage.essentialVisits.filter((v) => v.present).map((v) => v.need)).toEqual(['Acute or community health trust, or CAMHS']);
    expect(p.coverage.essentialVisits).toHaveLength(7);
  });
});

describe('planOnSite across the end-of-March clock change', () => {
  it('writes exact UTC times on both sides of 29 March 2026', () => {
    const days = [{ date: '2026-03-27', start: '09:00', end: '10:00' }, { date: '2026-03-30', start: '09:00', end: '10:00' }];
    const p = plan({ days, sessions: [interview('gmt', { date: '2026-03-27' }), interview('bst', { date: '2026-03-30' })], fixed: [{ title: 'Lunch', kind: 'break', daily: true, start: '12:00', end: '12:30', allPeers: true }] });
    expect(p.placed.map((s) => [s.sessionId, s.start, s.end])).toEqual([
      ['gmt', '2026-03-27T09:00:00.000Z', '2026-03-27T10:00:00.000Z'],
      ['bst', '2026-03-30T08:00:00.000Z', '2026-03-30T09:00:00.000Z'],
    ]);
    expect(p.fixed.map((f) => f.start)).toEqual(['2026-03-27T12:00:00.000Z', '2026-03-30T11:00:00.000Z']);
  });
});
