/**
 * What a revision's changes ask of each booked session, decided once per session from the dispositions of its
 * changes (docs/revisions.md): cancelled if it left the file, placed again if its time cannot stand, else kept where
 * it is. Booked sessions no change touches are left alone altogether.
 */
import type { Review } from '../shared/index.js';
import { wantedSessions, type BookedSession, type RevisionChange, type WantedSession } from '../revisions/index.js';

export interface Paired {
  booked: BookedSession;
  wanted: WantedSession;
}

export interface ReplanScope {
  /** Stays at its time; its event is brought up to the file (people, title, place, a shorter end). */
  keep: Paired[];
  /** Its time cannot stand: placed again, moving nothing else (a fixed item goes to the time the file gives). */
  move: Paired[];
  cancel: BookedSession[];
  /** New: to place (a fixed item at its given time). */
  place: WantedSession[];
}

export const replanScope = (next: Review, changes: readonly RevisionChange[]): ReplanScope => {
  const wanted = new Map(wantedSessions(next).map((w) => [w.id, w]));
  const bySession = new Map<string, { booked: BookedSession; changes: RevisionChange[] }>();
  const scope: ReplanScope = { keep: [], move: [], cancel: [], place: [] };
  for (const change of changes) {
    if (!change.booked) {
      const session = wanted.get(change.session.id);
      if (session) scope.place.push(session);
      continue;
    }
    const seen = bySession.get(change.booked.sessionId) ?? { booked: change.booked, changes: [] };
    seen.changes.push(change);
    bySession.set(change.booked.sessionId, seen);
  }
  for (const { booked, changes: found } of bySession.values()) {
    const session = wanted.get(found[0]!.session.id);
    if (!session || found.some((c) => c.disposition === 'cancel')) scope.cancel.push(booked);
    else if (found.some((c) => c.disposition === 'move')) scope.move.push({ booked, wanted: session });
    else scope.keep.push({ booked, wanted: session });
  }
  return scope;
};
