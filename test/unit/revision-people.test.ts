import { describe, expect, it } from 'vitest';
import { BOOKED, edited, PARTS } from '../support/revision-builder.js';
import { at, FEEDBACK, OVERVIEW, outcome, type RevisionCase } from '../support/revision-cases.js';

const { sessions, cases, fixed, peers } = PARTS;
const DANA = 'dana@council.example';
const IVO = 'ivo@council.example';

/** C01 booked at C02's time (10:00), with Tom, so that a reviewer swap on C02 can clash. */
const C01_AT_TEN = BOOKED.map((b) => (b.sessionId === 'C01' ? { ...b, ...at('2026-01-14T10:00', '2026-01-14T11:00') } : b));

const CASES: RevisionCase[] = [
  {
    name: 'a session’s attendees added and removed',
    next: { sessions: edited(sessions, 'icb', { attendees: ['pa@council.example'] }) },
    changes: [
      { id: 'icb', type: 'attendeesAdded', emails: ['pa@council.example'], disposition: 'stay' },
      { id: 'icb', type: 'attendeesRemoved', emails: [IVO], disposition: 'stay' },
    ],
    lines: [
      'Attendees added: Meeting with the ICB, Wed 4 Feb 10:00–11:00: pa@council.example, to be invited',
      'Attendees removed: Meeting with the ICB, Wed 4 Feb 10:00–11:00: Ivo Board, invitations to be cancelled',
    ],
  },
  {
    name: 'a case worker swapped',
    next: { cases: edited(cases, 'C01', { caseWorker: 'kim@council.example' }) },
    changes: [
      { id: 'C01', type: 'attendeesAdded', emails: ['kim@council.example'], disposition: 'stay' },
      { id: 'C01', type: 'attendeesRemoved', emails: ['sam@council.example'], disposition: 'stay' },
    ],
    lines: [
      'Attendees added: Case review C01, Wed 14 Jan 09:00–10:00: Kim Ward, to be invited',
      'Attendees removed: Case review C01, Wed 14 Jan 09:00–10:00: Sam Lee, invitations to be cancelled',
    ],
  },
  {
    name: 'a case reviewer swapped',
    next: { cases: edited(cases, 'C02', { reviewer: 'tom@peers.example' }) },
    changes: [
      { id: 'C02', type: 'peersAdded', emails: ['tom@peers.example'], disposition: 'stay' },
      { id: 'C02', type: 'peersRemoved', emails: ['rita@peers.example'], disposition: 'stay' },
    ],
    lines: ['Peers added: Case review C02, Wed 14 Jan 10:00–11:00: Tom Reviewer', 'Peers removed: Case review C02, Wed 14 Jan 10:00–11:00: Rita Reviewer'],
  },
  {
    name: 'a case reviewer swapped to one already in a call then must move',
    booked: C01_AT_TEN,
    next: { cases: edited(cases, 'C02', { reviewer: 'tom@peers.example' }) },
    changes: [
      { id: 'C02', type: 'peersAdded', emails: ['tom@peers.example'], disposition: 'stay' },
      { id: 'C02', type: 'peersRemoved', emails: ['rita@peers.example'], disposition: 'stay' },
      { id: 'C02', type: 'clash', emails: ['tom@peers.example'], with: { ...at('2026-01-14T10:00', '2026-01-14T11:00'), title: 'Case review C01' }, disposition: 'move' },
    ],
    lines: [
      'Peers added: Case review C02, Wed 14 Jan 10:00–11:00: Tom Reviewer',
      'Peers removed: Case review C02, Wed 14 Jan 10:00–11:00: Rita Reviewer',
      'Clash: Case review C02, Wed 14 Jan 10:00–11:00: Tom Reviewer is in Case review C01 10:00–11:00, must move',
    ],
  },
  {
    name: 'a peer joins the team: every-peer items gain them, other sessions keep theirs',
    next: { peers: [...peers, { email: 'eve@peers.example', name: 'Eve New', role: 'peer', themes: [] }] },
    changes: [{ id: OVERVIEW, type: 'peersAdded', emails: ['eve@peers.example'], disposition: 'stay' }],
    lines: ['Peers added: Council overview, Tue 3 Feb 09:00–10:00: Eve New'],
  },
  {
    name: 'a peer leaves the team: their sessions lose them and need another, named by the previous revision',
    next: { peers: peers.filter((p) => p.email !== 'ben@peers.example') },
    changes: [
      { id: OVERVIEW, type: 'peersRemoved', emails: ['ben@peers.example'], disposition: 'stay' },
      { id: 'visit', type: 'peersRemoved', emails: ['ben@peers.example'], disposition: 'stay' },
      { id: 'visit', type: 'peersNeeded', have: 1, need: 2, disposition: 'stay' },
      { id: 'dcs', type: 'peersRemoved', emails: ['ben@peers.example'], disposition: 'stay' },
      { id: 'dcs', type: 'peersNeeded', have: 1, need: 2, disposition: 'stay' },
    ],
    lines: [
      'Peers removed: Council overview, Tue 3 Feb 09:00–10:00: Ben Peer',
      'Peers removed: School visit, Tue 3 Feb 11:00–12:00: Ben Peer',
      'Peers: School visit, Tue 3 Feb 11:00–12:00: has 1, needs 2 peers',
      'Peers removed: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Ben Peer',
      'Peers: Meeting with the DCS, Wed 4 Feb 10:00–11:00: has 1, needs 2 peers',
    ],
  },
  {
    name: 'a session that asks for more peers',
    next: { sessions: edited(sessions, 'sencos', { peers: 3 }) },
    changes: [{ id: 'sencos', type: 'peersNeeded', have: 2, need: 3, disposition: 'stay' }],
    lines: ['Peers: Focus group with SENCOs, Thu 5 Feb 14:00–15:30: has 2, needs 3 peers'],
  },
  {
    name: 'an attendee added who is in another session then must move',
    next: { sessions: edited(sessions, 'dcs', { attendees: [DANA, IVO] }) },
    changes: [
      { id: 'dcs', type: 'attendeesAdded', emails: [IVO], disposition: 'stay' },
      { id: 'dcs', type: 'clash', emails: [IVO], with: { ...at('2026-02-04T10:00', '2026-02-04T11:00'), title: 'Meeting with the ICB' }, disposition: 'move' },
    ],
    lines: [
      'Attendees added: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Ivo Board, to be invited',
      'Clash: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Ivo Board is in Meeting with the ICB 10:00–11:00, must move',
    ],
  },
  {
    name: 'a new busy time in the file clashes with a booked session',
    next: { busy: { [DANA]: [{ start: '2026-02-04T09:00', end: '2026-02-04T12:00' }] } },
    changes: [{ id: 'dcs', type: 'clash', emails: [DANA], with: at('2026-02-04T09:00', '2026-02-04T12:00'), disposition: 'move' }],
    lines: ['Clash: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Dana Director is busy 09:00–12:00, must move'],
  },
  {
    name: 'a busy time over several days is said with its days',
    next: { busy: { [IVO]: [{ start: '2026-02-03T17:00', end: '2026-02-04T10:30' }] } },
    changes: [{ id: 'icb', type: 'clash', emails: [IVO], with: at('2026-02-03T17:00', '2026-02-04T10:30'), disposition: 'move' }],
    lines: ['Clash: Meeting with the ICB, Wed 4 Feb 10:00–11:00: Ivo Board is busy Tue 3 Feb 17:00 to Wed 4 Feb 10:30, must move'],
  },
  {
    name: 'calendars: the review’s own events are no clash, another meeting at the very same time is',
    calendar: new Map([
      [IVO, [at('2026-02-04T10:00', '2026-02-04T11:00'), at('2026-02-04T11:00', '2026-02-04T12:00')]],
      [DANA, [at('2026-02-04T10:00', '2026-02-04T11:00'), at('2026-02-04T10:00', '2026-02-04T11:00'), at('2026-02-04T16:00', '2026-02-04T17:00')]],
      ['sam@council.example', [at('2026-01-14T09:00', '2026-01-14T10:00')]],
    ]),
    changes: [{ id: 'dcs', type: 'clash', emails: [DANA], with: at('2026-02-04T10:00', '2026-02-04T11:00'), disposition: 'move' }],
    lines: ['Clash: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Dana Director is busy 10:00–11:00, must move'],
  },
  {
    name: 'a new fixed item for every peer, booked or not, clashes with the sessions under it (a site visit’s travel too)',
    next: { fixed: [...fixed, { title: 'Team huddle', kind: 'teamMeeting', daily: true, start: '10:30', end: '11:00', allPeers: true }] },
    changes: [
      { id: 'visit', type: 'clash', emails: ['ann@peers.example', 'ben@peers.example'], with: { ...at('2026-02-03T10:30', '2026-02-03T11:00'), title: 'Team huddle' }, disposition: 'move' },
      { id: 'dcs', type: 'clash', emails: ['ann@peers.example', 'ben@peers.example'], with: { ...at('2026-02-04T10:30', '2026-02-04T11:00'), title: 'Team huddle' }, disposition: 'move' },
      { id: 'icb', type: 'clash', emails: ['cat@peers.example', 'dan@peers.example'], with: { ...at('2026-02-04T10:30', '2026-02-04T11:00'), title: 'Team huddle' }, disposition: 'move' },
    ],
    lines: [
      'Clash: School visit, Tue 3 Feb 11:00–12:00: Ann Lead and Ben Peer are in Team huddle 10:30–11:00, must move',
      'Clash: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Ann Lead and Ben Peer are in Team huddle 10:30–11:00, must move',
      'Clash: Meeting with the ICB, Wed 4 Feb 10:00–11:00: Cat Manager and Dan Shadow are in Team huddle 10:30–11:00, must move',
    ],
  },
  {
    name: 'a fixed item that clashes stays where the file puts it, and is told',
    next: { busy: { [DANA]: [{ start: '2026-02-04T16:00', end: '2026-02-04T16:30' }] } },
    changes: [{ id: FEEDBACK, type: 'clash', emails: [DANA], with: at('2026-02-04T16:00', '2026-02-04T16:30'), disposition: 'stay' }],
    lines: ['Clash: Feedback to the DCS, Wed 4 Feb 16:00–17:00: Dana Director is busy 16:00–16:30'],
  },
  {
    name: 'a session that must move anyway is not checked for clashes where it is leaving',
    next: { sessions: edited(sessions, 'dcs', { date: '2026-02-05' }), busy: { [DANA]: [{ start: '2026-02-04T09:00', end: '2026-02-04T12:00' }] } },
    changes: [{ id: 'dcs', type: 'pinnedDay', bookedOn: '2026-02-04', pinnedTo: '2026-02-05', disposition: 'move' }],
    lines: ['Pinned to Thu 5 Feb: Meeting with the DCS, Wed 4 Feb 10:00–11:00, must move'],
  },
];

describe('what a revision changes for the people in booked sessions: attendees, peers and clashes', () => {
  it.each(CASES)('$name', (c) => {
    expect(outcome(c)).toEqual({ changes: c.changes, lines: c.lines });
  });
});
