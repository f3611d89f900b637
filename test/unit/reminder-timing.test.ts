import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  isWorkingTime,
  remindersFor,
  workingMornings,
  type Invitee,
  type ReminderPlan,
  type ReminderPolicy,
} from '../../src/domain/reminders/index.js';

const LONDON = 'Europe/London';
const invitee = (rsvp: Invitee['rsvp'], more: Partial<Invitee> = {}): Invitee => ({ invitationId: 'inv-1', email: 'kemi@shire.example', rsvp, invitedAt: '2026-01-05T10:00:00.000Z', ...more });
const session = (start: string, ...invitees: Invitee[]) => ({ start, end: start, invitees: invitees.length > 0 ? invitees : [invitee('pending')] });

/** A plan as "kind meantFor → sendAt" lines, skipped ones with their reason: the table reads like the rule. */
const lines = (plan: ReminderPlan) => ({
  due: plan.due.map((r) => `${r.kind} ${r.meantFor} → ${r.sendAt}`),
  later: plan.later.map((r) => `${r.kind} ${r.meantFor} → ${r.sendAt}`),
  skipped: plan.skipped.map((r) => `${r.kind} ${r.meantFor} ${r.reason}`),
});

const EARLY = '2026-01-20T12:00:00.000Z';

describe('when the reminder policy sends what, in working hours, in the review’s zone', () => {
  const cases: { name: string; start: string; now: string; invitees?: Invitee[]; policy?: Partial<ReminderPolicy>; expected: ReturnType<typeof lines> }[] = [
    {
      name: 'a Wednesday session: 72 h falls on a Sunday and moves back to Friday’s close; 24 h is Tuesday, in hours',
      start: '2026-02-04T10:00:00.000Z',
      now: EARLY,
      expected: { due: [], later: ['noReply 2026-01-30T17:00:00.000Z → 2026-01-30T17:00:00.000Z', 'noReply 2026-02-03T10:00:00.000Z → 2026-02-03T10:00:00.000Z'], skipped: [] },
    },
    {
      name: 'a Monday 09:00 session: the 72 h reminder falls on Friday morning, the 24 h one on Sunday and so Friday 17:00',
      start: '2026-02-02T09:00:00.000Z',
      now: EARLY,
      expected: { due: [], later: ['noReply 2026-01-30T09:00:00.000Z → 2026-01-30T09:00:00.000Z', 'noReply 2026-01-30T17:00:00.000Z → 2026-01-30T17:00:00.000Z'], skipped: [] },
    },
    {
      name: 'a Tuesday 08:00 session: both offsets land on Friday 17:00, and are one reminder',
      start: '2026-02-03T08:00:00.000Z',
      now: EARLY,
      expected: { due: [], later: ['noReply 2026-01-30T17:00:00.000Z → 2026-01-30T17:00:00.000Z'], skipped: [] },
    },
    {
      name: 'across the spring clock change (29 March 2026): 09:00 BST is 08:00Z, and the Friday before is still GMT',
      start: '2026-03-31T08:00:00.000Z',
      now: '2026-03-20T12:00:00.000Z',
      expected: { due: [], later: ['noReply 2026-03-27T17:00:00.000Z → 2026-03-27T17:00:00.000Z', 'noReply 2026-03-30T08:00:00.000Z → 2026-03-30T08:00:00.000Z'], skipped: [] },
    },
    {
      name: 'across the autumn clock change (25 October 2026): Friday 17:00 BST is 16:00Z; 72 h is elapsed time, 10:00 BST',
      start: '2026-10-26T09:00:00.000Z',
      now: '2026-10-01T12:00:00.000Z',
      expected: { due: [], later: ['noReply 2026-10-23T09:00:00.000Z → 2026-10-23T09:00:00.000Z', 'noReply 2026-10-23T16:00:00.000Z → 2026-10-23T16:00:00.000Z'], skipped: [] },
    },
    {
      name: 'three calendar days (P3D) keep the wall-clock time across the autumn change: 09:00 GMT Monday → 09:00 BST Friday',
      start: '2026-10-26T09:00:00.000Z',
      now: '2026-10-01T12:00:00.000Z',
      policy: { noReply: ['P3D'] },
      expected: { due: [], later: ['noReply 2026-10-23T08:00:00.000Z → 2026-10-23T08:00:00.000Z'], skipped: [] },
    },
    {
      name: 'a session booked 10 hours before it starts: no reminder meant for before the invitation, no joining details the day before',
      start: '2026-02-04T14:00:00.000Z',
      now: '2026-02-04T04:00:00.000Z',
      invitees: [invitee('pending', { invitedAt: '2026-02-04T04:00:00.000Z' }), invitee('accepted', { invitationId: 'inv-2', invitedAt: '2026-02-04T04:00:00.000Z' })],
      expected: {
        due: [],
        later: [],
        skipped: [
          'noReply 2026-01-30T17:00:00.000Z beforeInvitation',
          'noReply 2026-02-03T14:00:00.000Z beforeInvitation',
          'noReply 2026-01-30T17:00:00.000Z answered',
          'noReply 2026-02-03T14:00:00.000Z answered',
          'joiningDetails 2026-02-03T09:00:00.000Z beforeInvitation',
        ],
      },
    },
    {
      name: 'found due at Friday’s close, on the timer’s next run: sent then, not held until Monday',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-01-30T17:00:40.000Z',
      expected: { due: ['noReply 2026-01-30T17:00:00.000Z → 2026-01-30T17:00:40.000Z'], later: ['noReply 2026-02-03T10:00:00.000Z → 2026-02-03T10:00:00.000Z'], skipped: [] },
    },
    {
      name: 'missed at Friday’s close by more than a quarter of an hour (an outage): caught up on Monday at 09:00',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-01-30T17:20:00.000Z',
      expected: { due: [], later: ['noReply 2026-01-30T17:00:00.000Z → 2026-02-02T09:00:00.000Z', 'noReply 2026-02-03T10:00:00.000Z → 2026-02-03T10:00:00.000Z'], skipped: [] },
    },
    {
      name: 'caught up after an outage, in working hours: the 72 h reminder is replaced by the 24 h one, sent now',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-02-03T11:00:00.000Z',
      expected: { due: ['noReply 2026-02-03T10:00:00.000Z → 2026-02-03T11:00:00.000Z'], later: [], skipped: ['noReply 2026-01-30T17:00:00.000Z replaced'] },
    },
    {
      name: 'a missed reminder is not caught up within the hour before the next one: the next stands in for it',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-02-03T09:15:00.000Z',
      expected: { due: [], later: ['noReply 2026-02-03T10:00:00.000Z → 2026-02-03T10:00:00.000Z'], skipped: ['noReply 2026-01-30T17:00:00.000Z replaced'] },
    },
    {
      name: 'caught up at night: held until 09:00 the next morning, still before the session',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-02-03T20:00:00.000Z',
      expected: { due: [], later: ['noReply 2026-02-03T10:00:00.000Z → 2026-02-04T09:00:00.000Z'], skipped: ['noReply 2026-01-30T17:00:00.000Z replaced'] },
    },
    {
      name: 'caught up at night before a 09:00 session: no working time is left, so it is skipped',
      start: '2026-02-04T09:00:00.000Z',
      now: '2026-02-03T20:00:00.000Z',
      expected: { due: [], later: [], skipped: ['noReply 2026-01-30T17:00:00.000Z replaced', 'noReply 2026-02-03T09:00:00.000Z noWorkingTimeLeft'] },
    },
    {
      name: 'once the session has started, nothing is sent',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-02-04T10:00:00.000Z',
      invitees: [invitee('pending'), invitee('accepted', { invitationId: 'inv-2' })],
      expected: {
        due: [],
        later: [],
        skipped: [
          'noReply 2026-01-30T17:00:00.000Z sessionStarted',
          'noReply 2026-02-03T10:00:00.000Z sessionStarted',
          'noReply 2026-01-30T17:00:00.000Z answered',
          'noReply 2026-02-03T10:00:00.000Z answered',
          'joiningDetails 2026-02-03T09:00:00.000Z sessionStarted',
        ],
      },
    },
    {
      name: 'answered people are never reminded; yes and maybe get the joining details the working day before, a no gets nothing',
      start: '2026-02-02T13:00:00.000Z',
      now: EARLY,
      invitees: [invitee('tentative'), invitee('declined', { invitationId: 'inv-2' })],
      expected: {
        due: [],
        later: ['joiningDetails 2026-01-30T09:00:00.000Z → 2026-01-30T09:00:00.000Z'],
        skipped: ['noReply 2026-01-30T13:00:00.000Z answered', 'noReply 2026-01-30T17:00:00.000Z answered', 'noReply 2026-01-30T13:00:00.000Z answered', 'noReply 2026-01-30T17:00:00.000Z answered'],
      },
    },
    {
      name: 'an accept after the day-before morning gets the joining details at once',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-02-03T15:00:00.000Z',
      invitees: [invitee('accepted')],
      policy: { noReply: [] },
      expected: { due: ['joiningDetails 2026-02-03T09:00:00.000Z → 2026-02-03T15:00:00.000Z'], later: [], skipped: [] },
    },
    {
      name: '**Remind now** after a reminder’s time, or within the hour before it, stands in for it; earlier than that, it does not',
      start: '2026-02-04T10:00:00.000Z',
      now: '2026-02-03T09:45:00.000Z',
      invitees: [invitee('pending', { remindedAt: '2026-02-03T09:30:00.000Z' }), invitee('pending', { invitationId: 'inv-2', remindedAt: '2026-02-03T08:50:00.000Z' })],
      expected: {
        due: [],
        later: ['noReply 2026-02-03T10:00:00.000Z → 2026-02-03T10:00:00.000Z'],
        skipped: ['noReply 2026-01-30T17:00:00.000Z remindedRecently', 'noReply 2026-02-03T10:00:00.000Z remindedRecently', 'noReply 2026-01-30T17:00:00.000Z remindedRecently'],
      },
    },
    {
      name: 'any time, every day ("00:00" to "24:00", all seven days): the Sunday reminder stays on Sunday',
      start: '2026-02-02T09:00:00.000Z',
      now: EARLY,
      policy: { workingHours: { start: '00:00', end: '24:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } },
      expected: { due: [], later: ['noReply 2026-01-30T09:00:00.000Z → 2026-01-30T09:00:00.000Z', 'noReply 2026-02-01T09:00:00.000Z → 2026-02-01T09:00:00.000Z'], skipped: [] },
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const policy = { ...DEFAULT_POLICY, ...c.policy };
      expect(lines(remindersFor(policy, LONDON, session(c.start, ...(c.invitees ?? [])), c.now))).toEqual(c.expected);
    });
  }

  it('keys a reminder by invitation, kind and time, so that working it out again gives the same message', () => {
    const start = '2026-02-04T10:00:00.000Z';
    const once = remindersFor(DEFAULT_POLICY, LONDON, session(start), '2026-02-03T11:00:00.000Z');
    const again = remindersFor(DEFAULT_POLICY, LONDON, session(start), '2026-02-03T11:05:00.000Z');
    expect(once.due.map((r) => r.key)).toEqual(['inv-1:noReply:2026-02-03T10:00:00.000Z']);
    expect(again.due.map((r) => r.key)).toEqual(once.due.map((r) => r.key));
  });

  it('reads instants however they are written', () => {
    const plan = remindersFor(DEFAULT_POLICY, LONDON, session('2026-02-04T10:00Z', invitee('pending', { invitedAt: '2026-01-05T10:00:00Z' })), '2026-02-03T11:00+00:00');
    expect(lines(plan).due).toEqual(['noReply 2026-02-03T10:00:00.000Z → 2026-02-03T11:00:00.000Z']);
  });
});

describe('working time', () => {
  it('runs from the start up to, not including, the end, on the listed days only', () => {
    const hours = DEFAULT_POLICY.workingHours;
    expect(isWorkingTime('2026-02-02T09:00:00.000Z', LONDON, hours)).toBe(true);
    expect(isWorkingTime('2026-02-02T16:59:00.000Z', LONDON, hours)).toBe(true);
    expect(isWorkingTime('2026-02-02T17:00:00.000Z', LONDON, hours)).toBe(false);
    expect(isWorkingTime('2026-02-01T12:00:00.000Z', LONDON, hours)).toBe(false);
    // 08:30Z on 30 March is 09:30 BST.
    expect(isWorkingTime('2026-03-30T08:30:00.000Z', LONDON, hours)).toBe(true);
  });

  it('gives the digest’s working mornings, in local time across the clock change', () => {
    expect(workingMornings('2026-03-26T00:00:00.000Z', '2026-03-31T00:00:00.000Z', LONDON, DEFAULT_POLICY.workingHours, '08:30')).toEqual([
      '2026-03-26T08:30:00.000Z',
      '2026-03-27T08:30:00.000Z',
      '2026-03-30T07:30:00.000Z',
    ]);
  });
});
