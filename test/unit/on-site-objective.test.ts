/**
 * Each soft preference of the on-site objective (src/domain/on-site/objective.ts) on its own: a small review with
 * two programmes equal on everything but that preference, where the scheduler must choose the preferred one.
 * With the preference's weight set to 0 its test fails.
 */
import { describe, expect, it } from 'vitest';
import { interview, PEERS, plan } from '../support/on-site-builder.js';

type Plan = ReturnType<typeof plan>;
const short = (email: string) => email.split('@')[0]!;
const crews = (p: Plan) => p.placed.map((s) => `${s.sessionId}: ${s.peers.map(short).join(', ')}`);
const day = (date: string, start: string, end: string) => ({ date, start, end });

describe('the on-site objective’s soft preferences', () => {
  it('themes: gives a session the peer who shares its theme, not the first free peer in the review', () => {
    // Any one peer keeps every other term equal; only cat has co-production.
    const p = plan({ streams: 1, days: [day('2026-02-03', '09:00', '10:00')], sessions: [interview('a', { peers: 1, themes: ['coproduction'] })] });
    expect(crews(p)).toEqual(['a: cat']);
  });

  it('balance: gives two one-peer interviews to two peers, not both to the first in the review', () => {
    // One after the other, so either way nobody waits: only the workload differs.
    const p = plan({ streams: 1, days: [day('2026-02-03', '09:00', '11:00')], sessions: [interview('a', { peers: 1 }), interview('b', { peers: 1 })] });
    expect(new Set(p.placed.flatMap((s) => s.peers)).size).toBe(2);
  });

  it('visits early: puts the site visit on the first day and the interview on the second, not the other way round', () => {
    // Each day holds one of the two; the interview comes first by id, so it would take the first day.
    const days = [day('2026-02-03', '09:00', '11:00'), day('2026-02-04', '09:00', '11:00')];
    const visit = { ...interview('b'), title: 'Visit b', kind: 'siteVisit', minutes: 120 };
    const p = plan({ streams: 1, days, sessions: [interview('a', { minutes: 120 }), visit] });
    expect(p.placed.map((s) => `${s.sessionId} ${s.start.slice(0, 10)}`).sort()).toEqual(['a 2026-02-04', 'b 2026-02-03']);
  });

  it('idle time: gives each of two peers two interviews in a row, not turn and turn about', () => {
    // Four bands fill the morning; two each balances the workload whichever two each peer takes.
    const sessions = ['a', 'b', 'c', 'd'].map((id) => interview(id, { peers: 1 }));
    const p = plan({ streams: 1, peers: PEERS.slice(0, 2), days: [day('2026-02-03', '09:00', '13:00')], sessions });
    const inTurn = [...p.placed].sort((x, y) => x.band.start.localeCompare(y.band.start)).map((s) => short(s.peers[0]!));
    expect(inTurn).toHaveLength(4);
    expect([inTurn[0] === inTurn[1], inTurn[2] === inTurn[3], inTurn[1] === inTurn[2]]).toEqual([true, true, false]);
  });
});
