/**
 * What applying a revision (or one change asked from chat) does to what is booked, session by session: plain data,
 * kept with the proposal so that Confirm applies exactly what the card showed. docs/revisions.md says how it is made.
 */
import type { UtcInterval } from '../shared/index.js';
import type { BookedSession } from '../revisions/index.js';

/** A session's event as it is to be: the booked session's shape, in the new revision's terms. */
export interface SessionTarget extends UtcInterval {
  /** The id in the new file (a renamed session takes its new id). */
  sessionId: string;
  kind: string;
  title: string;
  /** Everyone invited who is not a peer. */
  attendees: string[];
  peers: string[];
  online: boolean;
  location?: string;
}

export type PlannedChange =
  /** The event is changed where it is, or moved (`from` and `to` differ in time): only what differs is sent. */
  | { action: 'update'; from: BookedSession; to: SessionTarget }
  | { action: 'cancel'; from: BookedSession }
  | { action: 'create'; to: SessionTarget }
  /** It had to move and no time keeps every rule: it stays where it is, as it was. */
  | { action: 'stuck'; from: BookedSession }
  /** New, and no time keeps every rule: not booked. */
  | { action: 'unplaced'; to: Pick<SessionTarget, 'sessionId' | 'kind' | 'title'> };

export interface ChangePlan {
  /** In time order (as booked, else as it will be), the unplaced last. */
  changes: PlannedChange[];
  /** Why, when it is not a revision of the file: a decline settled, a change asked from chat. */
  because?: string;
  /** The review imported in this one's place, when that is why every booked session is cancelled (not a revision). */
  replacedBy?: string;
}

/** The booked session as it is to be after `change`: an update asked for one session (a decline settled, a move from chat). */
export const targetOf = (s: BookedSession, change: Partial<SessionTarget> = {}): SessionTarget => ({
  sessionId: s.sessionId,
  kind: s.kind,
  title: s.title,
  start: s.start,
  end: s.end,
  attendees: s.attendees,
  peers: s.peers,
  online: s.online,
  ...(s.location ? { location: s.location } : {}),
  ...change,
});

/** Whether an update moves the session: then everyone in it is asked again. */
export const isMove = (change: Extract<PlannedChange, { action: 'update' }>): boolean =>
  Date.parse(change.from.start) !== Date.parse(change.to.start) || Date.parse(change.from.end) !== Date.parse(change.to.end);

const people = (s: { attendees: readonly string[]; peers: readonly string[] }) => [...new Set([...s.attendees, ...s.peers])];

/** Who joins and who leaves a session in an update: they alone hear of a change of people. */
export const peopleChange = (from: BookedSession, to: SessionTarget): { added: string[]; removed: string[] } => {
  const before = people(from);
  const after = people(to);
  return { added: after.filter((e) => !before.includes(e)), removed: before.filter((e) => !after.includes(e)) };
};
