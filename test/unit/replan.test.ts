/**
 * The least disruptive re-plan (src/domain/replan/): what each revision asks of what is booked, session by session, and
 * what must move and what must not. The planner's placements come in as data: here, a table of where it put things.
 */
import { describe, expect, it } from 'vitest';
import { planChanges, replanScope, stayingHold, toPlace, type PlannedChange, type Placement } from '../../src/domain/replan/index.js';
import { revisionChanges, type BookedSession } from '../../src/domain/revisions/index.js';
import { BOOKED, edited, london, PARTS, revisionReview, without, type Parts } from '../support/revision-builder.js';

const { sessions, cases, fixed, peers } = PARTS;

/** The plan of a revision in brief: each change as its action, its session and (for an update) what it keeps or moves to. */
const plan = (next: Partial<Parts>, placements: Record<string, Placement> = {}, booked: BookedSession[] = BOOKED) => {
  const review = revisionReview(next);
  const scope = replanScope(review, revisionChanges(revisionReview(), review, booked));
  return { scope, changes: planChanges(scope, new Map(Object.entries(placements))).changes.map(brief) };
};

const brief = (change: PlannedChange): string => {
  switch (change.action) {
    case 'update': {
      const moved = change.from.start !== change.to.start || change.from.end !== change.to.end;
      return `update ${change.from.sessionId}${moved ? ` to ${change.to.start}–${change.to.end}` : ''} with ${[...change.to.attendees, ...change.to.peers].join(', ')}`;
    }
    case 'cancel':
      return `cancel ${change.from.sessionId}`;
    case 'create':
      return `create ${change.to.sessionId} at ${change.to.start} with ${[...change.to.attendees, ...change.to.peers].join(', ')}`;
    case 'stuck':
      return `stuck ${change.from.sessionId}`;
    case 'unplaced':
      return `unplaced ${change.to.sessionId}`;
  }
};

const placed = (start: string, end: string, who: string[]): Placement => ({ start: london(start), end: london(end), peers: who });

describe('the least disruptive re-plan', () => {
  const CASES: { name: string; next: Partial<Parts>; placements?: Record<string, Placement>; changes: string[] }[] = [
    { name: 'nothing changed: nothing to do', next: {}, changes: [] },
    {
      name: 'a case worker swapped: the call stays where it is, with its reviewer',
      next: { cases: edited(cases, 'C01', { caseWorker: 'kim@council.example' }) },
      changes: ['update C01 with kim@council.example, tom@peers.example'],
    },
    { name: 'a session removed: cancelled, nothing else touched', next: { sessions: without(sessions, 'icb') }, changes: ['cancel icb'] },
    {
      name: 'pinned to another day: moved to where the planner found room, keeping its attendees',
      next: { sessions: edited(sessions, 'dcs', { date: '2026-02-05' }) },
      placements: { dcs: placed('2026-02-05T10:00', '2026-02-05T11:00', ['ann@peers.example', 'ben@peers.example']) },
      changes: [`update dcs to ${london('2026-02-05T10:00')}–${london('2026-02-05T11:00')} with dana@council.example, ann@peers.example, ben@peers.example`],
    },
    {
      name: 'pinned to another day with no room there: it stays where it is, and says so',
      next: { sessions: edited(sessions, 'dcs', { date: '2026-02-05' }) },
      changes: ['stuck dcs'],
    },
    {
      // Its end is a change of time all the same: Outlook asks everyone again.
      name: 'shorter: stays, keeping its start',
      next: { sessions: edited(sessions, 'sencos', { minutes: 60 }) },
      changes: [`update sencos to ${london('2026-02-05T14:00')}–${london('2026-02-05T15:00')} with s1@school.example, s2@school.example, cat@peers.example, dan@peers.example`],
    },
    {
      name: 'a new session: booked where the planner put it, or said to have no room',
      next: { sessions: [...sessions, { id: 'parents', title: 'Parents', kind: 'focusGroup', attendees: ['pcf@forum.example'] }] },
      placements: { parents: placed('2026-02-03T14:00', '2026-02-03T15:00', ['cat@peers.example']) },
      changes: [`create parents at ${london('2026-02-03T14:00')} with pcf@forum.example, cat@peers.example`],
    },
    {
      name: 'a new session with no room: not booked',
      next: { sessions: [...sessions, { id: 'parents', title: 'Parents', kind: 'focusGroup', attendees: ['pcf@forum.example'] }] },
      changes: ['unplaced parents'],
    },
    {
      name: 'a fixed item at a new time: moved where the file puts it, with no planner',
      next: { fixed: edited(fixed, 'Feedback to the DCS', { start: '15:00', end: '16:00' }) },
      changes: [`update fixed:${london('2026-02-04T16:00')}:Feedback to the DCS to ${london('2026-02-04T15:00')}–${london('2026-02-04T16:00')} with dana@council.example`],
    },
    {
      name: 'an online session now in person: booked again at the same time (a Teams meeting cannot be taken off)',
      next: { sessions: edited(sessions, 'sencos', { online: undefined, location: 'Town Hall' }) },
      changes: ['cancel sencos', `create sencos at ${london('2026-02-05T14:00')} with s1@school.example, s2@school.example, cat@peers.example, dan@peers.example`],
    },
    {
      name: 'a peer who left the team: taken off their sessions, which stay',
      next: { peers: peers.filter((p) => p.email !== 'ben@peers.example') },
      changes: [
        `update fixed:${london('2026-02-03T09:00')}:Council overview with ceo@council.example, ann@peers.example, cat@peers.example, dan@peers.example`,
        'update visit with head@school.example, ann@peers.example',
        'update dcs with dana@council.example, ann@peers.example',
      ],
    },
  ];

  for (const c of CASES) {
    it(c.name, () => {
      expect(plan(c.next, c.placements).changes).toEqual(c.changes);
    });
  }

  it('gives the planner only what must move and what is new, never a fixed item', () => {
    const { scope } = plan({
      sessions: [...edited(sessions, 'dcs', { date: '2026-02-05' }), { id: 'parents', title: 'Parents', kind: 'focusGroup', attendees: ['pcf@forum.example'] }],
      fixed: edited(fixed, 'Feedback to the DCS', { start: '15:00', end: '16:00' }),
      cases: edited(cases, 'C01', { caseWorker: 'kim@council.example' }),
    });
    expect(toPlace(scope).map((w) => w.id)).toEqual(['dcs', 'parents']);
    expect(scope.keep.map((p) => p.booked.sessionId)).toEqual(['C01']);
  });

  it('holds the time of what stays (a site visit’s peers with their travel), and frees what moves or is cancelled', () => {
    const { scope } = plan({ sessions: without(edited(sessions, 'dcs', { date: '2026-02-05' }), 'icb') });
    const { busy, held } = stayingHold(revisionReview(), scope, BOOKED);
    expect(busy.get('ann@peers.example')).toContainEqual({ start: london('2026-02-03T10:30'), end: london('2026-02-03T12:30') });
    expect(busy.get('head@school.example')).toEqual([{ start: london('2026-02-03T11:00'), end: london('2026-02-03T12:00') }]);
    expect(busy.get('dana@council.example')).toEqual([{ start: london('2026-02-04T16:00'), end: london('2026-02-04T17:00') }]);
    expect(busy.has('ivo@council.example')).toBe(false);
    expect(held.map((h) => h.title).sort()).toEqual(['Focus group with SENCOs', 'School visit']);
  });
});
