import { describe, expect, it } from 'vitest';
import { edited, PARTS } from '../support/revision-builder.js';
import { at, FEEDBACK, OVERVIEW, outcome, type RevisionCase } from '../support/revision-cases.js';

const { sessions, days } = PARTS;
const day = (date: string, start: string, end: string) => ({ date, start, end });

const CASES: RevisionCase[] = [
  {
    name: 'pinned to another day than the one it is booked on',
    next: { sessions: edited(sessions, 'dcs', { date: '2026-02-05' }) },
    changes: [{ id: 'dcs', type: 'pinnedDay', bookedOn: '2026-02-04', pinnedTo: '2026-02-05', disposition: 'move' }],
    lines: ['Pinned to Thu 5 Feb: Meeting with the DCS, Wed 4 Feb 10:00–11:00, must move'],
  },
  {
    name: 'pinned to the day it is booked on: nothing to do',
    next: { sessions: edited(sessions, 'dcs', { date: '2026-02-04' }) },
    changes: [],
    lines: [],
  },
  {
    name: 'a pin taken away: nothing to do',
    previous: { sessions: edited(sessions, 'dcs', { date: '2026-02-04' }) },
    changes: [],
    lines: [],
  },
  {
    name: 'longer: must move',
    next: { sessions: edited(sessions, 'sencos', { minutes: 120 }) },
    changes: [{ id: 'sencos', type: 'length', from: 90, to: 120, disposition: 'move' }],
    lines: ['Longer: Focus group with SENCOs, Thu 5 Feb 14:00–15:30: 90 → 120 minutes, must move'],
  },
  {
    name: 'shorter: keeps its start',
    next: { sessions: edited(sessions, 'sencos', { minutes: 60 }) },
    changes: [{ id: 'sencos', type: 'length', from: 90, to: 60, disposition: 'stay' }],
    lines: ['Shorter: Focus group with SENCOs, Thu 5 Feb 14:00–15:30: 90 → 60 minutes, now ends 15:00'],
  },
  {
    name: 'shorter: the time it gives up is no clash',
    next: { sessions: edited(sessions, 'sencos', { minutes: 60 }), busy: { 's1@school.example': [{ start: '2026-02-05T15:00', end: '2026-02-05T15:30' }] } },
    changes: [{ id: 'sencos', type: 'length', from: 90, to: 60, disposition: 'stay' }],
    lines: ['Shorter: Focus group with SENCOs, Thu 5 Feb 14:00–15:30: 90 → 60 minutes, now ends 15:00'],
  },
  {
    name: 'shorter case-review calls',
    next: { caseMinutes: 45 },
    changes: [
      { id: 'C01', type: 'length', from: 60, to: 45, disposition: 'stay' },
      { id: 'C02', type: 'length', from: 60, to: 45, disposition: 'stay' },
    ],
    lines: [
      'Shorter: Case review C01, Wed 14 Jan 09:00–10:00: 60 → 45 minutes, now ends 09:45',
      'Shorter: Case review C02, Wed 14 Jan 10:00–11:00: 60 → 45 minutes, now ends 10:45',
    ],
  },
  {
    name: 'a new place',
    next: { sessions: edited(sessions, 'icb', { location: 'Guildhall room 3' }) },
    changes: [{ id: 'icb', type: 'place', from: 'Guildhall room 2', to: 'Guildhall room 3', disposition: 'stay' }],
    lines: ['New place: Meeting with the ICB, Wed 4 Feb 10:00–11:00: Guildhall room 2 → Guildhall room 3'],
  },
  {
    name: 'a new base moves every in-person session that had none of its own, fixed items too',
    next: { base: 'Shirehall' },
    changes: [
      { id: OVERVIEW, type: 'place', from: 'Town Hall', to: 'Shirehall', disposition: 'stay' },
      { id: 'visit', type: 'place', from: 'Town Hall', to: 'Shirehall', disposition: 'stay' },
      { id: 'dcs', type: 'place', from: 'Town Hall', to: 'Shirehall', disposition: 'stay' },
      { id: FEEDBACK, type: 'place', from: 'Town Hall', to: 'Shirehall', disposition: 'stay' },
    ],
    lines: [
      'New place: Council overview, Tue 3 Feb 09:00–10:00: Town Hall → Shirehall',
      'New place: School visit, Tue 3 Feb 11:00–12:00: Town Hall → Shirehall',
      'New place: Meeting with the DCS, Wed 4 Feb 10:00–11:00: Town Hall → Shirehall',
      'New place: Feedback to the DCS, Wed 4 Feb 16:00–17:00: Town Hall → Shirehall',
    ],
  },
  {
    name: 'now online',
    next: { sessions: edited(sessions, 'dcs', { online: true }) },
    changes: [{ id: 'dcs', type: 'online', online: true, disposition: 'stay' }],
    lines: ['Now online: Meeting with the DCS, Wed 4 Feb 10:00–11:00'],
  },
  {
    name: 'now in person, at the base',
    next: { sessions: edited(sessions, 'sencos', { online: undefined }) },
    changes: [{ id: 'sencos', type: 'online', online: false, location: 'Town Hall', disposition: 'stay' }],
    lines: ['Now in person: Focus group with SENCOs, Thu 5 Feb 14:00–15:30, at Town Hall'],
  },
  {
    name: 'booked on an on-site day no longer in the file',
    next: { days: days.filter((d) => d.date !== '2026-02-05') },
    changes: [{ id: 'sencos', type: 'dayRemoved', date: '2026-02-05', disposition: 'move' }],
    lines: ['Day removed: Focus group with SENCOs, Thu 5 Feb 14:00–15:30: Thu 5 Feb is no longer a day of the review, must move'],
  },
  {
    name: 'booked on a case-review day no longer in the file',
    next: { caseDays: [day('2026-01-15', '09:00', '17:00')] },
    changes: [
      { id: 'C01', type: 'dayRemoved', date: '2026-01-14', disposition: 'move' },
      { id: 'C02', type: 'dayRemoved', date: '2026-01-14', disposition: 'move' },
    ],
    lines: [
      'Day removed: Case review C01, Wed 14 Jan 09:00–10:00: Wed 14 Jan is no longer a day of the review, must move',
      'Day removed: Case review C02, Wed 14 Jan 10:00–11:00: Wed 14 Jan is no longer a day of the review, must move',
    ],
  },
  {
    name: 'a day that now ends before a session does',
    next: { days: days.map((d) => (d.date === '2026-02-04' ? day(d.date, '09:00', '10:30') : d)) },
    changes: [
      { id: 'dcs', type: 'outsideDay', day: day('2026-02-04', '09:00', '10:30'), disposition: 'move' },
      { id: 'icb', type: 'outsideDay', day: day('2026-02-04', '09:00', '10:30'), disposition: 'move' },
    ],
    lines: [
      'Outside the day: Meeting with the DCS, Wed 4 Feb 10:00–11:00: the day is now 09:00–10:30, must move',
      'Outside the day: Meeting with the ICB, Wed 4 Feb 10:00–11:00: the day is now 09:00–10:30, must move',
    ],
  },
  {
    name: 'a day that now starts after a site visit’s peers leave, though before the visit itself',
    next: { days: days.map((d) => (d.date === '2026-02-03' ? day(d.date, '10:45', '17:00') : d)) },
    changes: [{ id: 'visit', type: 'outsideDay', day: day('2026-02-03', '10:45', '17:00'), disposition: 'move' }],
    lines: ['Outside the day: School visit, Tue 3 Feb 11:00–12:00: the day is now 10:45–17:00, must move'],
  },
  {
    name: 'longer travel brings a site visit’s peers back during lunch',
    next: { sessions: edited(sessions, 'visit', { travelMinutes: 45 }) },
    changes: [{ id: 'visit', type: 'clash', emails: ['ann@peers.example', 'ben@peers.example'], with: { ...at('2026-02-03T12:30', '2026-02-03T13:15'), title: 'Lunch' }, disposition: 'move' }],
    lines: ['Clash: School visit, Tue 3 Feb 11:00–12:00: Ann Lead and Ben Peer are in Lunch 12:30–13:15, must move'],
  },
];

describe('what a revision changes in where and when booked sessions may be', () => {
  it.each(CASES)('$name', (c) => {
    expect(outcome(c)).toEqual({ changes: c.changes, lines: c.lines });
  });
});
