/**
 * A small review with both parts (two cases on 14 Jan; three on-site days, 3 to 5 Feb) and what booking it made,
 * for the revision tests: each test edits a part of the file, or of what is booked, and reads the changes.
 */
import { localToUtc } from '../../src/domain/shared/intervals.js';
import type { BookedSession } from '../../src/domain/revisions/index.js';
import type { Case, DayWindow, Review } from '../../src/domain/shared/review.js';

type Item = Record<string, unknown>;

export interface Parts {
  cases: Case[];
  caseDays: DayWindow[];
  caseMinutes: number;
  days: DayWindow[];
  fixed: Item[];
  sessions: Item[];
  peers: Review['peers'];
  busy: Review['busy'];
  base: string;
}

export const PARTS: Parts = {
  cases: [
    { id: 'C01', caseWorker: 'sam@council.example', categories: ['lookedAfter'] },
    { id: 'C02', caseWorker: 'kim@council.example', categories: ['childInNeed'], reviewer: 'rita@peers.example' },
  ],
  caseDays: [{ date: '2026-01-14', start: '09:00', end: '17:00' }],
  caseMinutes: 60,
  days: ['2026-02-03', '2026-02-04', '2026-02-05'].map((date) => ({ date, start: '09:00', end: '17:00' })),
  fixed: [
    { title: 'Council overview', kind: 'presentation', date: '2026-02-03', start: '09:00', end: '10:00', attendees: ['ceo@council.example'], allPeers: true },
    { title: 'Lunch', kind: 'break', daily: true, start: '12:30', end: '13:15', allPeers: true },
    { title: 'Feedback to the DCS', kind: 'feedback', date: '2026-02-04', start: '16:00', end: '17:00', attendees: ['dana@council.example'] },
  ],
  sessions: [
    { id: 'dcs', title: 'Meeting with the DCS', kind: 'interview', attendees: ['dana@council.example'] },
    { id: 'icb', title: 'Meeting with the ICB', kind: 'interview', attendees: ['ivo@council.example'], location: 'Guildhall room 2' },
    { id: 'visit', title: 'School visit', kind: 'siteVisit', attendees: ['head@school.example'], minutes: 60, travelMinutes: 30 },
    { id: 'sencos', title: 'Focus group with SENCOs', kind: 'focusGroup', attendees: ['s1@school.example', 's2@school.example'], online: true },
  ],
  peers: [
    { email: 'ann@peers.example', name: 'Ann Lead', role: 'teamLead', themes: [] },
    { email: 'ben@peers.example', name: 'Ben Peer', role: 'peer', themes: [] },
    { email: 'cat@peers.example', name: 'Cat Manager', role: 'challengeManager', themes: [] },
    { email: 'dan@peers.example', name: 'Dan Shadow', role: 'shadow', themes: [] },
    { email: 'rita@peers.example', name: 'Rita Reviewer', role: 'caseReviewer', themes: [] },
    { email: 'tom@peers.example', name: 'Tom Reviewer', role: 'caseReviewer', themes: [] },
  ],
  busy: {},
  base: 'Town Hall',
};

export const ON_SITE_PEERS = ['ann@peers.example', 'ben@peers.example', 'cat@peers.example', 'dan@peers.example'];

export const revisionReview = (edit: Partial<Parts> = {}): Review => {
  const p = { ...PARTS, ...edit };
  return {
    name: 'Testshire SEND Peer Challenge',
    timeZone: 'Europe/London',
    organiser: 'org@council.example',
    base: p.base,
    projectTeam: ['pt@council.example'],
    themes: [],
    peers: p.peers,
    people: [
      { email: 'dana@council.example', name: 'Dana Director' },
      { email: 'ivo@council.example', name: 'Ivo Board' },
      { email: 'sam@council.example', name: 'Sam Lee' },
      { email: 'kim@council.example', name: 'Kim Ward' },
    ],
    caseReviews: { days: p.caseDays, minutes: p.caseMinutes, cases: p.cases },
    onSite: { days: p.days, streams: 2, fixed: p.fixed, sessions: p.sessions },
    busy: p.busy,
  };
};

/** The list with the item of that id (or title) changed; `undefined` values remove the key. */
export const edited = <T extends object>(list: T[], key: string, change: Partial<T> | Item): T[] =>
  list.map((item) => {
    const it = item as Item;
    if (it.id !== key && it.title !== key) return item;
    return Object.fromEntries(Object.entries({ ...it, ...change }).filter(([, v]) => v !== undefined)) as T;
  });

export const without = <T extends object>(list: T[], key: string): T[] => list.filter((item) => (item as Item).id !== key && (item as Item).title !== key);

/** `yyyy-MM-ddTHH:mm` in London to UTC. */
export const london = (local: string): string => localToUtc(local, 'Europe/London');

const at = (start: string, end: string) => ({ start: london(start), end: london(end) });

/** What booking the unedited review made: every session placed, and the fixed items with attendees. */
export const BOOKED: BookedSession[] = [
  { sessionId: 'C01', kind: 'caseReview', title: 'Case review C01', ...at('2026-01-14T09:00', '2026-01-14T10:00'), attendees: ['sam@council.example'], peers: ['tom@peers.example'], online: true },
  { sessionId: 'C02', kind: 'caseReview', title: 'Case review C02', ...at('2026-01-14T10:00', '2026-01-14T11:00'), attendees: ['kim@council.example'], peers: ['rita@peers.example'], online: true },
  { sessionId: `fixed:${london('2026-02-03T09:00')}:Council overview`, kind: 'presentation', title: 'Council overview', ...at('2026-02-03T09:00', '2026-02-03T10:00'), attendees: ['ceo@council.example'], peers: ON_SITE_PEERS, location: 'Town Hall', online: false },
  { sessionId: 'visit', kind: 'siteVisit', title: 'School visit', ...at('2026-02-03T11:00', '2026-02-03T12:00'), attendees: ['head@school.example'], peers: ['ann@peers.example', 'ben@peers.example'], location: 'Town Hall', online: false },
  { sessionId: 'dcs', kind: 'interview', title: 'Meeting with the DCS', ...at('2026-02-04T10:00', '2026-02-04T11:00'), attendees: ['dana@council.example'], peers: ['ann@peers.example', 'ben@peers.example'], location: 'Town Hall', online: false },
  { sessionId: 'icb', kind: 'interview', title: 'Meeting with the ICB', ...at('2026-02-04T10:00', '2026-02-04T11:00'), attendees: ['ivo@council.example'], peers: ['cat@peers.example', 'dan@peers.example'], location: 'Guildhall room 2', online: false },
  { sessionId: `fixed:${london('2026-02-04T16:00')}:Feedback to the DCS`, kind: 'feedback', title: 'Feedback to the DCS', ...at('2026-02-04T16:00', '2026-02-04T17:00'), attendees: ['dana@council.example'], peers: [], location: 'Town Hall', online: false },
  { sessionId: 'sencos', kind: 'focusGroup', title: 'Focus group with SENCOs', ...at('2026-02-05T14:00', '2026-02-05T15:30'), attendees: ['s1@school.example', 's2@school.example'], peers: ['cat@peers.example', 'dan@peers.example'], online: true },
];
