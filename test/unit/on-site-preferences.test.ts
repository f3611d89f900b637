import { describe, expect, it } from 'vitest';
import { idleMinutes } from '../../src/domain/on-site/objective.js';
import { interview, plan } from '../support/on-site-builder.js';

type Plan = ReturnType<typeof plan>;
const short = (email: string) => email.split('@')[0]!;
const crews = (p: Plan) => Object.fromEntries(p.placed.map((s) => [s.sessionId, s.peers.map(short).sort()]));
const sessionsOf = (p: Plan) => {
  const count = new Map<string, number>();
  for (const peer of p.placed.flatMap((s) => s.peers.map(short))) count.set(peer, (count.get(peer) ?? 0) + 1);
  return count;
};
/** Minutes each peer waits between their sessions (the tests' days have no fixed items). */
const waits = (p: Plan) => {
  const wait = new Map<string, number>();
  for (const peer of sessionsOf(p).keys()) {
    const bands = p.placed.filter((s) => s.peers.map(short).includes(peer)).map((s) => s.band).sort((a, b) => a.start.localeCompare(b.start));
    wait.set(peer, bands.slice(1).reduce((n, b, i) => n + (Date.parse(b.start) - Date.parse(bands[i]!.end)) / 60_000, 0));
  }
  return wait;
};
const morning = (end: string) => [{ date: '2026-02-03', start: '09:00', end }];

describe('on-site preferences, in the order the rules give them', () => {
  it('gives each session the peers whose themes match, passing over peers earlier in the review', () => {
    // Band by band, the leadership session (fewer matching peers) goes first and takes ann and ben, the review's order.
    const p = plan({
      days: morning('10:00'),
      sessions: [interview('a', { themes: ['coproduction', 'provision'] }), interview('b', { themes: ['leadership'] })],
    });
    expect(crews(p)).toEqual({ a: ['ben', 'cat'], b: ['ann', 'dan'] });
  });

  it('puts matching themes before a balanced workload', () => {
    const p = plan({ streams: 1, days: morning('11:00'), sessions: [interview('a', { peers: 1, themes: ['coproduction'] }), interview('b', { peers: 1, themes: ['coproduction'] })] });
    expect(crews(p)).toEqual({ a: ['cat'], b: ['cat'] });
  });

  it('balances the workload: four one-peer interviews go to four different peers', () => {
    const p = plan({ streams: 1, days: morning('13:00'), sessions: ['a', 'b', 'c', 'd'].map((id) => interview(id, { peers: 1 })) });
    expect(p.placed).toHaveLength(4);
    expect([...sessionsOf(p).values()]).toEqual([1, 1, 1, 1]);
  });

  it('puts a site visit on the first day it fits, even when that leaves a gap between bands', () => {
    const days = [...morning('12:00'), { date: '2026-02-04', start: '09:00', end: '12:00' }];
    const visit = { ...interview('v', { attendees: ['icb@testshire.example'] }), kind: 'siteVisit', minutes: 60 };
    const busy = {
      'dcs@testshire.example': [{ start: '2026-02-03T10:00', end: '2026-02-03T12:00' }],
      'icb@testshire.example': [{ start: '2026-02-03T09:00', end: '2026-02-03T10:30' }],
    };
    const p = plan({ streams: 1, days, busy, sessions: [interview('a', { attendees: ['dcs@testshire.example'], date: '2026-02-03' }), visit] });
    expect(p.placed.map((s) => [s.sessionId, s.start])).toEqual([
      ['a', '2026-02-03T09:00:00.000Z'],
      ['v', '2026-02-03T10:30:00.000Z'],
    ]);
  });

  it('leaves no peer waiting when three interviews run one after another', () => {
    const p = plan({ streams: 1, days: morning('12:00'), sessions: [interview('a'), interview('b'), interview('c')] });
    expect(p.placed).toHaveLength(3);
    expect([...waits(p).values()]).toEqual([0, 0, 0, 0]);
    expect([...sessionsOf(p).values()].sort()).toEqual([1, 1, 2, 2]);
  });

  it('exchanges peers between sessions when that ends a wait and keeps the workload as balanced', () => {
    // Band by band, the fourth interview goes back to ann and ben, who have waited since 10:00.
    const sessions = ['a', 'b', 'c', 'd'].map((id) => interview(id));
    const p = plan({ streams: 1, days: morning('13:00'), sessions });
    expect([...sessionsOf(p).values()]).toEqual([2, 2, 2, 2]);
    expect([...waits(p).values()]).toEqual([0, 0, 0, 0]);
    expect(plan({ streams: 1, days: morning('13:00'), sessions: [...sessions].reverse() })).toEqual(p);
  });

  it('does not count a fixed item for all peers as waiting', () => {
    const at = (hhmm: string) => Date.parse(`2026-02-03T${hhmm}:00Z`);
    const bands = [{ start: at('09:00'), end: at('10:00') }, { start: at('10:15'), end: at('11:15') }, { start: at('12:00'), end: at('13:00') }];
    expect(idleMinutes(bands, [{ start: at('10:00'), end: at('10:15') }])).toBe(45);
    expect(idleMinutes(bands, [])).toBe(60);
  });
});
