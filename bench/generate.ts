/**
 * Generated review files for the benchmark: the demo's on-site part scaled up, from a fixed seed. They are
 * meant to be tight (busy calendars, pinned days, site visits with travel, priorities), so that the optimum
 * does not always place everything.
 */
import type { Review, Theme } from '../src/domain/shared/review.js';
import { makePeers, makePeople, peerBusy, staffBusy } from './generate-people.js';
import { fixedItems, onSiteDays, sessions } from './generate-sessions.js';
import { prng } from './prng.js';

export const SEED = 20260324;
/** A Tuesday: a review of six days or more runs across the clock change of 29 March 2026. */
const FIRST_DAY = '2026-03-24';

/** The size of an instance: peers are those who may run on-site sessions; attendees are distinct people. */
export interface Shape {
  sessions: number;
  peers: number;
  attendees: number;
  streams: number;
  days: number;
}

const THEMES: Theme[] = [
  { id: 'leadership', title: 'Leadership and governance' },
  { id: 'capacity', title: 'Capacity and resources' },
  { id: 'identification', title: 'Identification and assessment' },
  { id: 'provision', title: 'Timely support and transitions' },
  { id: 'partnerships', title: 'Local area partnerships' },
  { id: 'placements', title: 'Educational placements and inclusion' },
  { id: 'coproduction', title: 'Co-production with families' },
];

/**
 * People and sessions grow with the scale; streams and days each grow with its square root, so that the
 * room to place sessions (streams × days) grows with the sessions and the instance stays as tight.
 */
export const scaledShape = (base: Shape, scale: number): Shape => ({
  sessions: Math.round(base.sessions * scale),
  peers: Math.round(base.peers * scale),
  attendees: Math.round(base.attendees * scale),
  streams: Math.min(6, Math.max(base.streams, Math.round(base.streams * Math.sqrt(scale)))),
  days: Math.max(base.days, Math.round(base.days * Math.sqrt(scale))),
});

export const generateReview = (shape: Shape, name: string, seed = SEED): Review => {
  const random = prng(seed);
  const themeIds = THEMES.map((t) => t.id);
  const days = onSiteDays(FIRST_DAY, shape.days);
  const people = makePeople(shape.attendees);
  const peers = makePeers(shape.peers, Math.max(2, Math.round(shape.peers / 3)), themeIds, random);
  const onSite = {
    days,
    streams: shape.streams,
    fixed: fixedItems(days, people, random),
    sessions: sessions(shape.sessions, days, people, themeIds, random),
  };
  return {
    name,
    timeZone: 'Europe/London',
    organiser: 'peerreview@council.example',
    base: 'Town Hall, Market Square',
    projectTeam: [people[2]!.email],
    themes: THEMES,
    peers,
    people,
    onSite,
    busy: { ...peerBusy(peers, days, random), ...staffBusy(people, days, random) },
  };
};

/** The review as a review file (docs/review-file.md), ready to write as YAML or JSON. */
export const toReviewFile = (review: Review): Record<string, unknown> => ({
  review: {
    name: review.name,
    timeZone: review.timeZone,
    organiser: review.organiser,
    base: review.base,
    projectTeam: review.projectTeam,
  },
  themes: review.themes,
  peers: review.peers,
  people: review.people,
  onSite: review.onSite,
  busy: review.busy,
});
