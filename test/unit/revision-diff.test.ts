import { describe, expect, it } from 'vitest';
import { revisionChanges } from '../../src/domain/revisions/index.js';
import { bookedSessions } from '../../src/services/reviews/booked-sessions.js';
import { demoBookings, demoReview } from '../support/demo-data.js';
import { edited, ON_SITE_PEERS, PARTS, without } from '../support/revision-builder.js';
import { at, FEEDBACK, OVERVIEW, outcome, type RevisionCase } from '../support/revision-cases.js';

const { sessions, cases, fixed } = PARTS;

const CASES: RevisionCase[] = [
  { name: 'nothing changed', changes: [], lines: [] },
  {
    name: 'a new on-site session is to be placed',
    next: { sessions: [...sessions, { id: 'ceo', title: 'Meeting with the CEO', kind: 'interview', attendees: ['ceo@council.example'] }] },
    changes: [{ id: 'ceo', type: 'added', disposition: 'place' }],
    lines: ['New: Meeting with the CEO, to be placed'],
  },
  {
    name: 'a new case is to be placed',
    next: { cases: [...cases, { id: 'C03', caseWorker: 'sam@council.example', categories: ['youthJustice'] }] },
    changes: [{ id: 'C03', type: 'added', disposition: 'place' }],
    lines: ['New: Case review C03, to be placed'],
  },
  {
    name: 'a new fixed item with attendees is to be booked at its given time',
    next: { fixed: [...fixed, { title: 'Parents’ forum', kind: 'focusGroup', date: '2026-02-05', start: '10:00', end: '11:00', attendees: ['parent@forum.example'] }] },
    changes: [{ id: 'fixed:2026-02-05T10:00:00.000Z:Parents’ forum', type: 'added', at: at('2026-02-05T10:00', '2026-02-05T11:00'), disposition: 'place' }],
    lines: ['New: Parents’ forum, Thu 5 Feb 10:00–11:00, to be booked'],
  },
  {
    name: 'a session waiting to be placed since the previous revision is not new',
    previous: { sessions: [...sessions, { id: 'ceo', title: 'Meeting with the CEO', kind: 'interview', attendees: [] }] },
    next: { sessions: [...sessions, { id: 'ceo', title: 'Meeting with the CEO', kind: 'interview', attendees: [] }] },
    changes: [],
    lines: [],
  },
  {
    name: 'a session no longer in the file is to be cancelled',
    next: { sessions: without(sessions, 'icb') },
    changes: [{ id: 'icb', type: 'removed', disposition: 'cancel' }],
    lines: ['Removed: Meeting with the ICB, Wed 4 Feb 10:00–11:00: no longer in the file, to be cancelled'],
  },
  {
    name: 'a case no longer in the file is to be cancelled',
    next: { cases: without(cases, 'C01') },
    changes: [{ id: 'C01', type: 'removed', disposition: 'cancel' }],
    lines: ['Removed: Case review C01, Wed 14 Jan 09:00–10:00: no longer in the file, to be cancelled'],
  },
  {
    name: 'a fixed item no longer in the file is to be cancelled',
    next: { fixed: without(fixed, 'Feedback to the DCS') },
    changes: [{ id: FEEDBACK, type: 'removed', disposition: 'cancel' }],
    lines: ['Removed: Feedback to the DCS, Wed 4 Feb 16:00–17:00: no longer in the file, to be cancelled'],
  },
  {
    name: 'a session under a new id, all else the same, is the same session',
    next: { sessions: edited(sessions, 'dcs', { id: 'director' }) },
    changes: [{ id: 'director', booked: 'dcs', type: 'renamed', from: 'dcs', to: 'director', disposition: 'stay' }],
    lines: ['New id: Meeting with the DCS, Wed 4 Feb 10:00–11:00: dcs → director, the same session'],
  },
  {
    name: 'a renamed session’s other changes are told on it',
    next: { sessions: edited(sessions, 'dcs', { id: 'director', location: 'Room 5' }) },
    changes: [
      { id: 'director', booked: 'dcs', type: 'renamed', from: 'dcs', to: 'director', disposition: 'stay' },
      { id: 'director', booked: 'dcs', type: 'place', from: 'Town Hall', to: 'Room 5', disposition: 'stay' },
    ],
    lines: [
      'New id: Meeting with the DCS, Wed 4 Feb 10:00–11:00: dcs → director, the same session',
      'New place: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Town Hall → Room 5',
    ],
  },
  {
    name: 'a case under a new id, with the same case worker and categories, is the same case',
    next: { cases: edited(cases, 'C01', { id: 'C11' }) },
    changes: [{ id: 'C11', booked: 'C01', type: 'renamed', from: 'C01', to: 'C11', disposition: 'stay' }],
    lines: ['New id: Case review C11, Wed 14 Jan 09:00–10:00: C01 → C11, the same session'],
  },
  {
    name: 'a new id with other attendees is another session: the old one goes, the new one is placed',
    next: { sessions: edited(sessions, 'dcs', { id: 'director', attendees: ['dana@council.example', 'ivo@council.example'] }) },
    changes: [
      { id: 'dcs', type: 'removed', disposition: 'cancel' },
      { id: 'director', type: 'added', disposition: 'place' },
    ],
    lines: ['Removed: Meeting with the DCS, Wed 4 Feb 10:00–11:00: no longer in the file, to be cancelled', 'New: Meeting with the DCS, to be placed'],
  },
  {
    name: 'a new case id with other categories is another case',
    next: { cases: edited(cases, 'C01', { id: 'C11', categories: ['youthJustice'] }) },
    changes: [
      { id: 'C01', type: 'removed', disposition: 'cancel' },
      { id: 'C11', type: 'added', disposition: 'place' },
    ],
    lines: ['Removed: Case review C01, Wed 14 Jan 09:00–10:00: no longer in the file, to be cancelled', 'New: Case review C11, to be placed'],
  },
  {
    name: 'a new title',
    next: { sessions: edited(sessions, 'dcs', { title: 'Meeting with the Director' }) },
    changes: [{ id: 'dcs', type: 'retitled', from: 'Meeting with the DCS', to: 'Meeting with the Director', disposition: 'stay' }],
    lines: ['Retitled: Meeting with the DCS, Wed 4 Feb 10:00–11:00: now Meeting with the Director'],
  },
  {
    name: 'a new kind, and with it a longer session',
    next: { sessions: edited(sessions, 'icb', { kind: 'focusGroup' }) },
    changes: [
      { id: 'icb', type: 'kind', from: 'interview', to: 'focusGroup', disposition: 'stay' },
      { id: 'icb', type: 'length', from: 60, to: 90, disposition: 'move' },
    ],
    lines: [
      'Kind changed: Meeting with the ICB, Wed 4 Feb 10:00–11:00: interview → focus group',
      'Longer: Meeting with the ICB, Wed 4 Feb 10:00–11:00: 60 → 90 minutes, must move',
    ],
  },
  {
    name: 'a fixed item’s new time moves it',
    next: { fixed: edited(fixed, 'Feedback to the DCS', { start: '15:00', end: '16:00' }) },
    changes: [{ id: 'fixed:2026-02-04T15:00:00.000Z:Feedback to the DCS', booked: FEEDBACK, type: 'time', from: at('2026-02-04T16:00', '2026-02-04T17:00'), to: at('2026-02-04T15:00', '2026-02-04T16:00'), disposition: 'move' }],
    lines: ['Moved: Feedback to the DCS, Wed 4 Feb 16:00 → 15:00'],
  },
  {
    name: 'a fixed item’s new length gives both spans',
    next: { fixed: edited(fixed, 'Feedback to the DCS', { start: '15:30' }) },
    changes: [{ id: 'fixed:2026-02-04T15:30:00.000Z:Feedback to the DCS', booked: FEEDBACK, type: 'time', from: at('2026-02-04T16:00', '2026-02-04T17:00'), to: at('2026-02-04T15:30', '2026-02-04T17:00'), disposition: 'move' }],
    lines: ['Moved: Feedback to the DCS, Wed 4 Feb 16:00–17:00 → 15:30–17:00'],
  },
  {
    name: 'a fixed item on another day',
    next: { fixed: edited(fixed, 'Feedback to the DCS', { date: '2026-02-05' }) },
    changes: [{ id: 'fixed:2026-02-05T16:00:00.000Z:Feedback to the DCS', booked: FEEDBACK, type: 'time', from: at('2026-02-04T16:00', '2026-02-04T17:00'), to: at('2026-02-05T16:00', '2026-02-05T17:00'), disposition: 'move' }],
    lines: ['Moved: Feedback to the DCS, Wed 4 Feb 16:00 → Thu 5 Feb 16:00'],
  },
  {
    name: 'a fixed item with a new title, at the same time for the same people, is the same item',
    next: { fixed: edited(fixed, 'Feedback to the DCS', { title: 'Daily feedback' }) },
    changes: [{ id: 'fixed:2026-02-04T16:00:00.000Z:Daily feedback', booked: FEEDBACK, type: 'retitled', from: 'Feedback to the DCS', to: 'Daily feedback', disposition: 'stay' }],
    lines: ['Retitled: Feedback to the DCS, Wed 4 Feb 16:00–17:00: now Daily feedback'],
  },
  {
    name: 'a fixed item’s new attendee',
    next: { fixed: edited(fixed, 'Council overview', { attendees: ['ceo@council.example', 'leader@council.example'] }) },
    changes: [{ id: OVERVIEW, type: 'attendeesAdded', emails: ['leader@council.example'], disposition: 'stay' }],
    lines: ['Attendees added: Council overview, Tue 3 Feb 09:00–10:00: leader@council.example, to be invited'],
  },
  {
    name: 'a fixed item no longer for every peer',
    next: { fixed: edited(fixed, 'Council overview', { allPeers: false }) },
    changes: [{ id: OVERVIEW, type: 'allPeers', allPeers: false, emails: ON_SITE_PEERS, disposition: 'stay' }],
    lines: ['No longer for every peer: Council overview, Tue 3 Feb 09:00–10:00'],
  },
  {
    name: 'a fixed item now for every peer',
    next: { fixed: edited(fixed, 'Feedback to the DCS', { allPeers: true }) },
    changes: [{ id: FEEDBACK, type: 'allPeers', allPeers: true, emails: ON_SITE_PEERS, disposition: 'stay' }],
    lines: ['Now for every peer: Feedback to the DCS, Wed 4 Feb 16:00–17:00'],
  },
];

describe('what a revision changes against what is booked: sessions, cases and fixed items', () => {
  it.each(CASES)('$name', (c) => {
    expect(outcome(c)).toEqual({ changes: c.changes, lines: c.lines });
  });
});

describe('what booking records, read back', () => {
  it('is no change on the demo review: ids, titles, people and places agree with what booking makes', () => {
    const review = demoReview;
    const booked = bookedSessions(review, demoBookings);
    expect(booked.filter((b) => b.sessionId.startsWith('fixed:')).length).toBeGreaterThan(0);
    expect(revisionChanges(review, review, booked)).toEqual([]);
  });
});
