import { describe, expect, it } from 'vitest';
import { checkCaseReviewPlan } from '../../src/domain/case-reviews/index.js';
import { caseReviewsAsBooked, onSitePlanAsBooked, replacements, type Replacement } from '../../src/domain/declines/index.js';
import { checkOnSitePlan } from '../../src/domain/on-site/index.js';
import { othersBusy, type BookedSession } from '../../src/domain/revisions/index.js';
import type { BusyByPerson, Review } from '../../src/domain/shared/review.js';
import { changed, declinedOf, type DeclineCase } from '../support/declines.js';
import { BOOKED, edited, london, PARTS } from '../support/revision-builder.js';

const peer = (name: string, themes: string[] = []): Review['peers'][number] => ({
  email: `${name.split(' ')[0]!.toLowerCase()}@peers.example`,
  name,
  role: 'peer',
  themes,
});
const EVE = peer('Eve Ford', ['provision']);
const MORE_PEERS = [...PARTS.peers, EVE, peer('Fay Gray'), peer('Gus Hart'), peer('Hal Ives'), peer('Jo Kerr'), peer('Kit Lamb')];

/** Two more sessions, so that Fay and Gus run one on the 4th and Gus and Eve one on the 3rd. */
const SESSIONS = [
  ...edited(PARTS.sessions, 'dcs', { themes: ['provision'] }),
  { id: 'parents', title: 'Meeting with parents', kind: 'interview', attendees: ['parent@family.example'] },
  { id: 'schools', title: 'Meeting with heads', kind: 'interview', attendees: ['heads@school.example'] },
];
const interview = (sessionId: string, start: string, peers: string[], attendee: string): BookedSession => ({
  sessionId,
  kind: 'interview',
  title: sessionId,
  start: london(start),
  end: london(start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 1).padStart(2, '0')}`)),
  attendees: [attendee],
  peers,
  online: false,
});
const MORE_BOOKED = [
  ...BOOKED,
  interview('parents', '2026-02-04T14:00', ['fay@peers.example', 'gus@peers.example'], 'parent@family.example'),
  interview('schools', '2026-02-03T14:00', ['gus@peers.example', 'eve@peers.example'], 'heads@school.example'),
];
const MORE: Pick<DeclineCase, 'next' | 'booked'> = { next: { peers: MORE_PEERS, sessions: SESSIONS }, booked: MORE_BOOKED };

interface Row extends DeclineCase {
  name: string;
  decliner: string;
  found: Replacement[];
}

const none = (email: string, sessionsThatDay = 0): Replacement => ({ email, themes: [], sessionsThatDay });

const ROWS: Row[] = [
  {
    name: 'best fit first: a shared theme, the fewest sessions that day, then in the review, then by name; five at most; never a case reviewer',
    ...MORE,
    sessionId: 'dcs',
    decliner: 'ann@peers.example',
    found: [
      { email: 'eve@peers.example', themes: ['provision'], sessionsThatDay: 0 },
      none('hal@peers.example'),
      none('jo@peers.example'),
      none('kit@peers.example'),
      none('fay@peers.example', 1),
    ],
  },
  {
    name: 'a peer busy for part of the time is not offered',
    ...MORE,
    calendar: { 'hal@peers.example': [['2026-02-04T10:30', '2026-02-04T10:45']] },
    sessionId: 'dcs',
    decliner: 'ann@peers.example',
    found: [{ email: 'eve@peers.example', themes: ['provision'], sessionsThatDay: 0 }, none('jo@peers.example'), none('kit@peers.example'), none('fay@peers.example', 1), none('gus@peers.example', 1)],
  },
  {
    name: 'peers in another session at the same time are not offered (Cat and Dan run the ICB meeting)',
    next: { peers: [...PARTS.peers, EVE] },
    sessionId: 'dcs',
    decliner: 'ben@peers.example',
    found: [none('eve@peers.example')],
  },
  {
    name: 'a site visit: peers free for the time with the head but not for the travel there are not offered',
    calendar: { 'cat@peers.example': [['2026-02-03T10:30', '2026-02-03T10:45']] },
    sessionId: 'visit',
    decliner: 'ann@peers.example',
    found: [none('dan@peers.example')],
  },
  {
    name: 'a peer in a fixed item during the travel back is not offered',
    next: {
      peers: [...PARTS.peers, EVE],
      fixed: [...PARTS.fixed, { title: 'Call with the Chair', kind: 'meeting', date: '2026-02-03', start: '12:00', end: '12:30', attendees: ['eve@peers.example'] }],
    },
    sessionId: 'visit',
    decliner: 'ben@peers.example',
    found: [none('cat@peers.example'), none('dan@peers.example')],
  },
  {
    name: 'someone invited who is not a peer has no one to take their place',
    ...MORE,
    sessionId: 'dcs',
    decliner: 'dana@council.example',
    found: [],
  },
  {
    name: 'a case review: another case reviewer who is free then',
    sessionId: 'C01',
    decliner: 'tom@peers.example',
    found: [none('rita@peers.example', 1)],
  },
  {
    name: 'a case review: a case reviewer busy then is not offered',
    calendar: { 'rita@peers.example': [['2026-01-14T09:30', '2026-01-14T10:00']] },
    sessionId: 'C01',
    decliner: 'tom@peers.example',
    found: [],
  },
  {
    name: 'a case the file gives to its reviewer goes to no one else',
    sessionId: 'C02',
    decliner: 'rita@peers.example',
    found: [],
  },
  {
    name: 'a fixed item: its peers are every on-site peer already',
    sessionId: 'fixed:2026-02-03T09:00:00.000Z:Council overview',
    decliner: 'ann@peers.example',
    found: [],
  },
];

const problems = (review: Review, booked: readonly BookedSession[], busy: BusyByPerson) => [
  ...checkOnSitePlan(review, busy, onSitePlanAsBooked(review, booked)),
  ...checkCaseReviewPlan(review, busy, caseReviewsAsBooked(review, booked)),
];

describe('replacements', () => {
  it.each(ROWS)('$name', (row) => {
    const declined = declinedOf(row);
    const found = replacements(declined, row.decliner);
    expect(found).toEqual(row.found);

    const booked = declined.booked.find((b) => b.sessionId === row.sessionId)!;
    for (const { email } of found) {
      // The session keeps its time, with the replacement where the decliner was, and breaks no rule it did not.
      const swapped = changed(declined.booked, row.sessionId, { peers: booked.peers.map((p) => (p === row.decliner ? email : p)) });
      const apart = othersBusy(declined.review, declined.booked, declined.busy);
      expect(problems(declined.review, swapped, apart)).toEqual(problems(declined.review, declined.booked, apart));
    }
  });
});
