import { describe, expect, it } from 'vitest';
import type { BookedSession } from '../../src/domain/revisions/index.js';
import { edited, type Parts } from '../support/revision-builder.js';
import { at, outcome, type RevisionCase } from '../support/revision-cases.js';

// 29 March 2026: London goes to BST (UTC+1); 25 October 2026: back to GMT. Local times below are London's.
const SPRING = '2026-03-29';
const AUTUMN = '2026-10-25';
const DANA = 'dana@council.example';
const feedback = (date: string) => ({ title: 'Feedback to the DCS', kind: 'feedback', date, start: '09:00', end: '10:00', attendees: [DANA] });
const week: Partial<Parts> = {
  cases: [{ id: 'C01', caseWorker: 'sam@council.example', categories: [] }],
  caseDays: [{ date: SPRING, start: '09:00', end: '17:00' }],
  days: [SPRING, AUTUMN].map((date) => ({ date, start: '09:00', end: '17:00' })),
  fixed: [feedback(SPRING), feedback(AUTUMN)],
  sessions: [{ id: 'dcs', title: 'Meeting with the DCS', kind: 'interview', attendees: [DANA] }],
};
const BOOKED: BookedSession[] = [
  { sessionId: 'C01', kind: 'caseReview', title: 'Case review C01', ...at(`${SPRING}T09:00`, `${SPRING}T10:00`), attendees: ['sam@council.example'], peers: ['tom@peers.example'], online: true },
  { sessionId: 'fixed:2026-03-29T08:00:00.000Z:Feedback to the DCS', kind: 'feedback', title: 'Feedback to the DCS', ...at(`${SPRING}T09:00`, `${SPRING}T10:00`), attendees: [DANA], peers: [], location: 'Town Hall', online: false },
  { sessionId: 'fixed:2026-10-25T09:00:00.000Z:Feedback to the DCS', kind: 'feedback', title: 'Feedback to the DCS', ...at(`${AUTUMN}T09:00`, `${AUTUMN}T10:00`), attendees: [DANA], peers: [], location: 'Town Hall', online: false },
  { sessionId: 'dcs', kind: 'interview', title: 'Meeting with the DCS', ...at(`${AUTUMN}T16:00`, `${AUTUMN}T17:00`), attendees: [DANA], peers: ['ann@peers.example', 'ben@peers.example'], location: 'Town Hall', online: false },
];

const CASES: RevisionCase[] = [
  { name: 'nothing changed: 09:00 BST and 16:00 GMT are where the file puts them, inside their days', changes: [], lines: [] },
  {
    name: 'a fixed item moved on the day the clocks go forward',
    next: { ...week, fixed: [{ ...feedback(SPRING), start: '11:00', end: '12:00' }, feedback(AUTUMN)] },
    changes: [
      {
        id: 'fixed:2026-03-29T10:00:00.000Z:Feedback to the DCS',
        booked: 'fixed:2026-03-29T08:00:00.000Z:Feedback to the DCS',
        type: 'time',
        from: { start: '2026-03-29T08:00:00.000Z', end: '2026-03-29T09:00:00.000Z' },
        to: { start: '2026-03-29T10:00:00.000Z', end: '2026-03-29T11:00:00.000Z' },
        disposition: 'move',
      },
    ],
    lines: ['Moved: Feedback to the DCS, Sun 29 Mar 09:00 → 11:00'],
  },
  {
    name: 'shorter calls on the day the clocks go forward end at BST times',
    next: { ...week, caseMinutes: 45 },
    changes: [{ id: 'C01', type: 'length', from: 60, to: 45, disposition: 'stay' }],
    lines: ['Shorter: Case review C01, Sun 29 Mar 09:00–10:00: 60 → 45 minutes, now ends 09:45'],
  },
  {
    name: 'a busy time on the day the clocks go back',
    next: { ...week, busy: { [DANA]: [{ start: `${AUTUMN}T15:30`, end: `${AUTUMN}T16:30` }] } },
    changes: [{ id: 'dcs', type: 'clash', emails: [DANA], with: { start: '2026-10-25T15:30:00.000Z', end: '2026-10-25T16:30:00.000Z' }, disposition: 'move' }],
    lines: ['Clash: Meeting with the DCS, Sun 25 Oct 16:00–17:00: Dana Director is busy 15:30–16:30, must move'],
  },
  {
    name: 'a day that now ends earlier on the day the clocks go back',
    next: { ...week, days: [{ date: SPRING, start: '09:00', end: '17:00' }, { date: AUTUMN, start: '09:00', end: '16:30' }] },
    changes: [{ id: 'dcs', type: 'outsideDay', day: { date: AUTUMN, start: '09:00', end: '16:30' }, disposition: 'move' }],
    lines: ['Outside the day: Meeting with the DCS, Sun 25 Oct 16:00–17:00: the day is now 09:00–16:30, must move'],
  },
  {
    name: 'a session pinned to the day the clocks go forward',
    next: { ...week, sessions: edited(week.sessions!, 'dcs', { date: SPRING }) },
    changes: [{ id: 'dcs', type: 'pinnedDay', bookedOn: AUTUMN, pinnedTo: SPRING, disposition: 'move' }],
    lines: ['Pinned to Sun 29 Mar: Meeting with the DCS, Sun 25 Oct 16:00–17:00, must move'],
  },
];

describe('revisions across the clock changes in Europe/London', () => {
  it.each(CASES)('$name', (c) => {
    expect(outcome({ previous: week, next: week, booked: BOOKED, ...c })).toEqual({ changes: c.changes, lines: c.lines });
  });
});
