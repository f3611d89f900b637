import { describe, expect, it } from 'vitest';
import { checkCaseReviewPlan } from '../../src/domain/case-reviews/index.js';
import { alternativeTimes, caseReviewsAsBooked, onSitePlanAsBooked } from '../../src/domain/declines/index.js';
import { checkOnSitePlan } from '../../src/domain/on-site/index.js';
import { othersBusy, type BookedSession } from '../../src/domain/revisions/index.js';
import { fileBusy } from '../../src/domain/shared/intervals.js';
import type { Review } from '../../src/domain/shared/review.js';
import { changed, declinedOf, type DeclineCase } from '../support/declines.js';
import { BOOKED, edited, PARTS, revisionReview } from '../support/revision-builder.js';

/** February and January are GMT: London's clock and UTC agree, so the ISO strings read as the day's times. */
const FEB = (day: number, start: string, end: string): [string, string] => [`2026-02-0${day}T${start}:00.000Z`, `2026-02-0${day}T${end}:00.000Z`];
const JAN14 = (start: string, end: string): [string, string] => [`2026-01-14T${start}:00.000Z`, `2026-01-14T${end}:00.000Z`];
const allDay = (date: string): [string, string] => [`${date}T09:00`, `${date}T17:00`];

interface Row extends DeclineCase {
  name: string;
  times: [string, string][];
}

const ROWS: Row[] = [
  {
    name: 'on the booked day first, nearest the booked start, the earlier of two as near (09:30 to 10:45 would overlap the ICB’s band)',
    sessionId: 'dcs',
    times: [FEB(4, '09:00', '10:00'), FEB(4, '11:00', '12:00'), FEB(4, '11:15', '12:15')],
  },
  {
    name: 'nothing starts before now',
    sessionId: 'dcs',
    now: '2026-02-04T09:30:00.000Z',
    times: [FEB(4, '11:00', '12:00'), FEB(4, '11:15', '12:15'), FEB(4, '11:30', '12:30')],
  },
  {
    name: 'the calendars show the other bookings: their events are theirs, the same times',
    sessionId: 'dcs',
    events: true,
    times: [FEB(4, '09:00', '10:00'), FEB(4, '11:00', '12:00'), FEB(4, '11:15', '12:15')],
  },
  {
    name: 'what the booked programme already breaks (the head since busy in the visit) hides no time, even in the visit’s band',
    sessionId: 'sencos',
    next: {
      busy: {
        's1@school.example': [{ start: '2026-02-05T09:00', end: '2026-02-05T15:30' }],
        'head@school.example': [{ start: '2026-02-03T11:00', end: '2026-02-03T11:30' }],
      },
    },
    times: [FEB(5, '15:30', '17:00'), FEB(3, '10:30', '12:00'), FEB(3, '13:15', '14:45')],
  },
  {
    name: 'a time is refused when another attendee is busy (s2 until 14:00), the decliner free or not',
    sessionId: 'sencos',
    calendar: { 's2@school.example': [['2026-02-05T13:00', '2026-02-05T14:00']] },
    times: [FEB(5, '14:15', '15:45'), FEB(5, '14:30', '16:00'), FEB(5, '14:45', '16:15')],
  },
  {
    name: 'a time is refused when a peer is busy in their calendar',
    sessionId: 'sencos',
    calendar: { 'dan@peers.example': [['2026-02-05T15:30', '2026-02-05T16:00']] },
    times: [FEB(5, '13:45', '15:15'), FEB(5, '13:30', '15:00'), FEB(5, '13:15', '14:45')],
  },
  {
    name: 'a fixed item holds its attendee (Dana’s feedback at 16:00): 15:15 on is refused, then the other days, earliest first',
    sessionId: 'dcs',
    next: { busy: { 'dana@council.example': [{ start: '2026-02-04T09:00', end: '2026-02-04T15:00' }] } },
    times: [FEB(4, '15:00', '16:00'), FEB(3, '13:15', '14:15'), FEB(3, '13:30', '14:30')],
  },
  {
    name: 'a day with no room: the other days, earliest first (the overview, the visit’s band and lunch hold its peers on the 3rd)',
    sessionId: 'dcs',
    calendar: { 'dana@council.example': [allDay('2026-02-04')] },
    times: [FEB(3, '13:15', '14:15'), FEB(3, '13:30', '14:30'), FEB(3, '13:45', '14:45')],
  },
  {
    name: 'never past the end of the day (a 90-minute group from 15:45 would end 17:15); joining the visit’s band on the 3rd',
    sessionId: 'sencos',
    next: { busy: { 's1@school.example': [{ start: '2026-02-05T09:00', end: '2026-02-05T15:30' }] } },
    times: [FEB(5, '15:30', '17:00'), FEB(3, '10:30', '12:00'), FEB(3, '13:15', '14:45')],
  },
  {
    name: 'a site visit with its travel: 11:15 is refused because the journey back runs into lunch, 10:30 needs the hour after the overview',
    sessionId: 'visit',
    times: [FEB(3, '10:45', '11:45'), FEB(3, '10:30', '11:30'), FEB(3, '13:45', '14:45')],
  },
  {
    name: 'a site visit: its peers are away for the travel, so a peer busy then refuses the time',
    sessionId: 'visit',
    calendar: { 'ben@peers.example': [['2026-02-03T10:00', '2026-02-03T10:15']] },
    times: [FEB(3, '10:45', '11:45'), FEB(3, '13:45', '14:45'), FEB(3, '14:00', '15:00')],
  },
  {
    name: 'a session pinned to its day has no other day',
    sessionId: 'dcs',
    next: { sessions: edited(PARTS.sessions, 'dcs', { date: '2026-02-04' }) },
    calendar: { 'dana@council.example': [['2026-02-04T09:00', '2026-02-04T15:00']] },
    times: [FEB(4, '15:00', '16:00')],
  },
  {
    name: 'a case review, on the quarter-hour grid (the other call has other people)',
    sessionId: 'C01',
    times: [JAN14('09:15', '10:15'), JAN14('09:30', '10:30'), JAN14('09:45', '10:45')],
  },
  {
    name: 'a case review: its reviewer is in the other call from 10:00',
    sessionId: 'C01',
    next: { cases: edited(PARTS.cases, 'C02', { reviewer: undefined }) },
    booked: changed(BOOKED, 'C02', { peers: ['tom@peers.example'] }),
    times: [JAN14('11:00', '12:00'), JAN14('11:15', '12:15'), JAN14('11:30', '12:30')],
  },
  {
    name: 'no time at all: an empty list',
    sessionId: 'dcs',
    calendar: { 'dana@council.example': ['2026-02-03', '2026-02-04', '2026-02-05'].map(allDay) },
    times: [],
  },
  {
    name: 'a fixed item is where the file puts it: none',
    sessionId: 'fixed:2026-02-04T16:00:00.000Z:Feedback to the DCS',
    times: [],
  },
  {
    name: 'a session not booked: none',
    sessionId: 'parents',
    times: [],
  },
];

/** What the part's checker finds in these bookings. */
const problems = (review: Review, booked: readonly BookedSession[], busy: ReturnType<typeof fileBusy>) => [
  ...checkOnSitePlan(review, busy, onSitePlanAsBooked(review, booked)),
  ...checkCaseReviewPlan(review, busy, caseReviewsAsBooked(review, booked)),
];

describe('alternativeTimes', () => {
  it('starts from a booked programme that keeps every rule', () => {
    const review = revisionReview();
    expect(problems(review, BOOKED, fileBusy(review))).toEqual([]);
  });

  it.each(ROWS)('$name', (row) => {
    const declined = declinedOf(row);
    const found = alternativeTimes(declined);
    expect(found.map((a) => [a.start, a.end])).toEqual(row.times);

    const booked = declined.booked.find((b) => b.sessionId === row.sessionId);
    const rest = declined.booked.filter((b) => b !== booked);
    for (const alternative of found) {
      expect(alternative.free).toEqual([...booked!.peers, ...booked!.attendees]);
      // Only the declined session moves: the programme with it there breaks no rule the rest did not.
      const moved = changed(declined.booked, row.sessionId, { start: alternative.start, end: alternative.end });
      expect(moved.filter((b) => b.sessionId !== row.sessionId)).toEqual(rest);
      const apart = othersBusy(declined.review, moved, declined.busy);
      expect(problems(declined.review, moved, apart)).toEqual(problems(declined.review, rest, apart));
    }
  });

  it('leaves its input as it was', () => {
    const declined = declinedOf({ sessionId: 'dcs' });
    const before = structuredClone(declined.booked);
    alternativeTimes(declined);
    expect(declined.booked).toEqual(before);
  });
});
