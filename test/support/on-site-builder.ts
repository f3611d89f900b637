/** Small hand-made on-site reviews for the on-site tests: a default of one day, two streams and four peers. */
import { expect } from 'vitest';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import { checkOnSitePlan } from '../../src/domain/on-site/check.js';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import type { Review } from '../../src/domain/shared/review.js';

export interface SmallOnSite {
  days?: { date: string; start: string; end: string }[];
  streams?: number;
  fixed?: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  peers?: Review['peers'];
  busy?: Review['busy'];
}

export const PEERS: Review['peers'] = [
  { email: 'ann@peers.example', name: 'Ann Lead', role: 'teamLead', themes: ['leadership'] },
  { email: 'ben@peers.example', name: 'Ben Peer', role: 'peer', themes: ['provision'] },
  { email: 'cat@peers.example', name: 'Cat Manager', role: 'challengeManager', themes: ['coproduction'] },
  { email: 'dan@peers.example', name: 'Dan Shadow', role: 'shadow', themes: [] },
  { email: 'rita@peers.example', name: 'Rita Reviewer', role: 'caseReviewer', themes: ['leadership'] },
];

export const smallReview = (o: SmallOnSite): Review => ({
  name: 'Testshire SEND Peer Challenge',
  timeZone: 'Europe/London',
  organiser: 'org@testshire.example',
  base: 'Town Hall',
  projectTeam: ['pt@testshire.example'],
  themes: [
    { id: 'leadership', title: 'Leadership' },
    { id: 'provision', title: 'Provision' },
    { id: 'coproduction', title: 'Co-production' },
  ],
  peers: o.peers ?? PEERS,
  people: [
    { email: 'dcs@testshire.example', name: 'Dana Director' },
    { email: 'icb@testshire.example', name: 'Ivo Board' },
  ],
  onSite: {
    days: o.days ?? [{ date: '2026-02-03', start: '09:00', end: '11:00' }],
    streams: o.streams ?? 2,
    fixed: o.fixed ?? [],
    sessions: o.sessions,
  },
  busy: o.busy ?? {},
});

export const interview = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Interview ${id}`, kind: 'interview', attendees: [], themes: [], ...extra });

/** Plans a small review and proves the plan keeps every hard rule. */
export const plan = (o: SmallOnSite) => {
  const review = smallReview(o);
  const busy = fileBusy(review);
  const result = planOnSite(review, busy);
  expect(checkOnSitePlan(review, busy, result)).toEqual([]);
  return result;
};
