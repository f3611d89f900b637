import { describe, expect, it } from 'vitest';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { checkOnSitePlan } from '../../src/domain/on-site/check.js';
import type { OnSitePlan, PlacedSession } from '../../src/domain/on-site/on-site.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { interview, smallReview } from '../support/on-site-builder.js';

const review = smallReview({
  days: [{ date: '2026-02-03', start: '09:00', end: '13:00' }],
  fixed: [{ title: 'Coffee', kind: 'break', date: '2026-02-03', start: '11:00', end: '11:15', allPeers: true }],
  sessions: [interview('a', { attendees: ['dcs@testshire.example'] }), interview('b', { attendees: ['icb@testshire.example'], date: '2026-02-03' }), { ...interview('v'), kind: 'siteVisit', minutes: 60, travelMinutes: 15 }],
  busy: { 'ben@peers.example': [{ start: '2026-02-03T11:15', end: '2026-02-03T12:00' }] },
});
const busy = fileBusy(review);
const valid = planOnSite(review, busy);

/** The valid plan with its first session changed. */
const withFirst = (change: (p: PlacedSession) => PlacedSession): OnSitePlan => ({ ...valid, placed: [change(valid.placed[0]!), ...valid.placed.slice(1)] });
const UTC = (hhmm: string) => `2026-02-03T${hhmm}:00.000Z`;

describe('checkOnSitePlan', () => {
  it('finds nothing wrong with what the planner makes', () => {
    expect(valid.placed).toHaveLength(3);
    expect(checkOnSitePlan(review, busy, valid)).toEqual([]);
  });

  it.each<[string, () => OnSitePlan, RegExp]>([
    ['a session placed twice', () => ({ ...valid, placed: [...valid.placed, valid.placed[0]!] }), /placed more than once/],
    ['an unknown session', () => withFirst((p) => ({ ...p, sessionId: 'zz' })), /zz: is not a session/],
    ['a band outside the day', () => withFirst((p) => ({ ...p, band: { start: UTC('08:00'), end: UTC('09:00') } })), /not inside an on-site day/],
    ['a band off the grid', () => withFirst((p) => ({ ...p, band: { start: UTC('09:05'), end: UTC('10:05') } })), /grid/],
    ['too few peers', () => withFirst((p) => ({ ...p, peers: p.peers.slice(0, 1) })), /has 1 distinct peers, needs 2/],
    ['a case reviewer as peer', () => withFirst((p) => ({ ...p, peers: [p.peers[0]!, 'rita@peers.example'] })), /rita@peers.example is not a peer who may run/],
    ['a fixed item moved', () => ({ ...valid, fixed: valid.fixed.map((f) => ({ ...f, start: UTC('10:00') })) }), /fixed items are not placed as given/],
  ])('reports %s', (_, broken, message) => {
    expect(checkOnSitePlan(review, busy, broken()).join('\n')).toMatch(message);
  });

  it('reports a peer busy in the band, an attendee who is busy, and people in two sessions at once', () => {
    const late = { start: UTC('11:15'), end: UTC('12:00') };
    const p = valid.placed.find((s) => s.sessionId === 'a')!;
    const moved = { ...p, start: UTC('11:15'), end: UTC('12:15'), band: { start: UTC('11:15'), end: UTC('12:15') }, peers: ['ben@peers.example', 'ann@peers.example'] };
    const problems = checkOnSitePlan(review, new Map([...busy, ['dcs@testshire.example', [late]]]), { ...valid, placed: [...valid.placed.filter((s) => s !== p), moved] });
    expect(problems.join('\n')).toMatch(/ben@peers.example \(peer\) is not free for the whole band/);
    expect(problems.join('\n')).toMatch(/dcs@testshire.example \(attendee\) is not free/);
    const b = valid.placed.find((s) => s.sessionId === 'b')!;
    const clash = { ...valid, placed: valid.placed.map((s) => (s.sessionId === 'a' ? { ...s, band: b.band, start: b.start, end: b.end, stream: b.stream === 'A' ? 'B' : 'A', peers: b.peers } : s)) };
    expect(checkOnSitePlan(review, busy, clash).join('\n')).toMatch(/would be in two sessions at once/);
  });

  it('reports overlapping bands, too many sessions at once and a band over an allPeers item', () => {
    const [first, second] = valid.placed;
    const shifted = { ...valid, placed: [first!, { ...second!, band: { start: UTC('09:15'), end: UTC('10:15') }, start: UTC('09:15'), end: UTC('10:15') }] };
    expect(checkOnSitePlan(review, busy, shifted).join('\n')).toMatch(/overlap/);
    const one = smallReview({ streams: 1, sessions: [interview('a'), interview('b')] });
    const crowded: OnSitePlan = { ...planOnSite(one, new Map()), placed: ['a', 'b'].map((id, i) => ({ sessionId: id, start: UTC('09:00'), end: UTC('10:00'), band: { start: UTC('09:00'), end: UTC('10:00') }, stream: 'AB'[i]!, peers: i ? ['ann@peers.example', 'ben@peers.example'] : ['cat@peers.example', 'dan@peers.example'] })) };
    expect(checkOnSitePlan(one, new Map(), crowded).join('\n')).toMatch(/has 2 sessions, at most 1 may run/);
    const over = withFirst((p) => ({ ...p, band: { start: UTC('10:45'), end: UTC('11:45') }, start: UTC('10:45'), end: UTC('11:45') }));
    expect(checkOnSitePlan(review, busy, over).join('\n')).toMatch(/overlaps a fixed item for all peers/);
  });
});
