/**
 * What the sessions that stay hold while the rest is placed again: their people's time (a site visit's peers with
 * their travel, which no calendar shows), and their place in a stream. Moving and cancelled sessions hold nothing.
 */
import type { HeldSession } from '../on-site/index.js';
import { readOnSite } from '../on-site/index.js';
import type { BusyByPerson, Review, UtcInterval } from '../shared/index.js';
import { shifted, type BookedSession } from '../revisions/index.js';
import type { ReplanScope } from './replan-scope.js';
import { wantedTarget } from './plan-changes.js';

interface Staying extends UtcInterval {
  sessionId: string;
  title: string;
  attendees: string[];
  peers: string[];
}

/** Untouched sessions as booked, kept ones as they will be (with anyone newly added). */
const stayingSessions = (scope: ReplanScope, booked: readonly BookedSession[]): Staying[] => {
  const touched = new Set([...scope.keep.map((p) => p.booked), ...scope.move.map((p) => p.booked), ...scope.cancel].map((b) => b.sessionId));
  const kept = scope.keep.map(({ booked: b, wanted }) => wantedTarget(wanted, wanted.at ?? { start: b.start, end: shifted(b.start, wanted.minutes) }, wanted.namedPeers ?? b.peers));
  return [...booked.filter((b) => !touched.has(b.sessionId)), ...kept];
};

export const stayingHold = (review: Review, scope: ReplanScope, booked: readonly BookedSession[]): { busy: BusyByPerson; held: HeldSession[] } => {
  const travel = new Map((readOnSite(review)?.sessions ?? []).map((s) => [s.id, s.travelMinutes]));
  const busy: BusyByPerson = new Map();
  const held: HeldSession[] = [];
  const hold = (email: string, at: UtcInterval) => busy.set(email, [...(busy.get(email) ?? []), at]);
  for (const s of stayingSessions(scope, booked)) {
    const minutes = travel.get(s.sessionId);
    const travelling = { start: shifted(s.start, -(minutes ?? 0)), end: shifted(s.end, minutes ?? 0) };
    for (const email of s.attendees) hold(email, { start: s.start, end: s.end });
    for (const email of s.peers) hold(email, travelling);
    // Only on-site sessions run in streams; case reviews and fixed items do not.
    if (minutes !== undefined) held.push({ title: s.title, ...travelling });
  }
  return { busy, held };
};
