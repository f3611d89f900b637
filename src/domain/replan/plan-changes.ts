/**
 * The least disruptive programme for a revision: sessions kept stay where they are, brought up to the file; those
 * that must move, and new ones, go where the planner found room around everything kept (`placements`); removed ones
 * are cancelled. Nothing the revision does not touch appears.
 */
import type { UtcInterval } from '../shared/index.js';
import { isBookable, shifted, type BookedSession, type WantedSession } from '../revisions/index.js';
import type { ChangePlan, PlannedChange, SessionTarget } from './change-plan.js';
import type { Paired, ReplanScope } from './replan-scope.js';

/** Where the planner put a session that moves or is new, and the peers it gave it. */
export interface Placement extends UtcInterval {
  peers: string[];
}

export const wantedTarget = (wanted: WantedSession, at: UtcInterval, peers: readonly string[]): SessionTarget => ({
  sessionId: wanted.id,
  kind: wanted.kind,
  title: wanted.title,
  start: at.start,
  end: at.end,
  attendees: [...wanted.attendees],
  peers: [...peers],
  online: wanted.online,
  ...(wanted.online ? {} : wanted.location ? { location: wanted.location } : {}),
});

/** A kept session's time: as booked, ending earlier if it is now shorter; a fixed item's is the file's. */
const keptTime = ({ booked, wanted }: Paired): UtcInterval =>
  wanted.at ?? { start: booked.start, end: shifted(booked.start, wanted.minutes) };

/** The file's peers where it names them; else the booked ones who may still run it (a peer who left the team goes). */
const keptPeers = ({ booked, wanted }: Paired): string[] => wanted.namedPeers ?? booked.peers.filter((peer) => wanted.eligible.includes(peer));

const kept = (pair: Paired): PlannedChange[] => {
  const to = wantedTarget(pair.wanted, keptTime(pair), keptPeers(pair));
  // Graph cannot take the Teams meeting off an event: one that goes in person is booked again at the same time.
  if (pair.booked.online && !to.online) return [{ action: 'cancel', from: pair.booked }, { action: 'create', to }];
  return [{ action: 'update', from: pair.booked, to }];
};

const moved = (pair: Paired, placements: ReadonlyMap<string, Placement>): PlannedChange[] => {
  const placement = pair.wanted.at ? { ...pair.wanted.at, peers: pair.wanted.namedPeers ?? [] } : placements.get(pair.wanted.id);
  if (!placement) return [{ action: 'stuck', from: pair.booked }];
  const to = wantedTarget(pair.wanted, placement, placement.peers);
  if (pair.booked.online && !to.online) return [{ action: 'cancel', from: pair.booked }, { action: 'create', to }];
  return [{ action: 'update', from: pair.booked, to }];
};

const placed = (wanted: WantedSession, placements: ReadonlyMap<string, Placement>): PlannedChange[] => {
  if (!isBookable(wanted)) return [];
  const placement = wanted.at ? { ...wanted.at, peers: wanted.namedPeers ?? [] } : placements.get(wanted.id);
  if (!placement) return [{ action: 'unplaced', to: { sessionId: wanted.id, kind: wanted.kind, title: wanted.title } }];
  return [{ action: 'create', to: wantedTarget(wanted, placement, placement.peers) }];
};

const startOf = (change: PlannedChange): string => ('from' in change ? change.from.start : 'start' in change.to ? change.to.start : '￿');

/** The sessions the planner is to place: those that move (not fixed items: the file times them) and the new ones. */
export const toPlace = (scope: ReplanScope): WantedSession[] => [
  ...scope.move.filter((pair) => !pair.wanted.at).map((pair) => pair.wanted),
  ...scope.place.filter((wanted) => !wanted.at),
];

export const planChanges = (scope: ReplanScope, placements: ReadonlyMap<string, Placement>): ChangePlan => {
  const changes: PlannedChange[] = [
    ...scope.cancel.map((from: BookedSession): PlannedChange => ({ action: 'cancel', from })),
    ...scope.keep.flatMap(kept),
    ...scope.move.flatMap((pair) => moved(pair, placements)),
    ...scope.place.flatMap((wanted) => placed(wanted, placements)),
  ];
  // An update that changes nothing the event shows (a pin added on the day it is booked) is no change.
  const real = changes.filter((c) => c.action !== 'update' || !unchanged(c.from, c.to));
  return { changes: real.sort((a, b) => startOf(a).localeCompare(startOf(b))) };
};

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

const unchanged = (from: BookedSession, to: SessionTarget): boolean =>
  from.sessionId === to.sessionId &&
  from.title === to.title &&
  Date.parse(from.start) === Date.parse(to.start) &&
  Date.parse(from.end) === Date.parse(to.end) &&
  same(from.attendees, to.attendees) &&
  same(from.peers, to.peers) &&
  from.online === to.online &&
  (from.location ?? '') === (to.location ?? '');
