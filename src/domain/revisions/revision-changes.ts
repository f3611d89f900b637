/**
 * What a new revision of a review changes against what is booked (docs/revisions.md): sessions added, removed and
 * changed, and booked sessions that now clash or break a rule where they are. Nothing changed: an empty list.
 */
import type { BusyByPerson, Review } from '../shared/index.js';
import { clashesOf, othersBusy, type Standing } from './clashes.js';
import { addedSessions, matchSessions, type Pair } from './match-sessions.js';
import { peerChanges } from './peer-changes.js';
import type { BookedSession, Found, RevisionChange, SessionNaming } from './revision-change.js';
import { sessionChanges, without } from './session-changes.js';
import { shifted } from './session-times.js';
import { wantedSessions, type WantedSession } from './wanted-sessions.js';

const naming = (s: WantedSession): SessionNaming => ({ id: s.id, kind: s.kind, title: s.title });

/** A pair's own changes, and how it stands if none of them moves it. */
const examine = ({ booked, wanted }: Pair, zone: string): { found: Found[]; standing?: Standing } => {
  const peers = peerChanges(booked, wanted);
  const found = [...sessionChanges({ booked, wanted }, zone), ...peers.found];
  // A fixed item is where the file puts it even when it moves; a placed session that moves is placed afresh.
  if (wanted.part !== 'fixed' && found.some((f) => f.disposition === 'move')) return { found };
  const newcomers = [...without(wanted.attendees, booked.attendees), ...without(peers.peers, booked.peers)];
  // A shorter session keeps its start and no longer holds the time it gave up.
  const at = wanted.at ?? { start: booked.start, end: shifted(booked.start, wanted.minutes) };
  return { found, standing: { booked, wanted, at, peers: peers.peers, newcomers } };
};

/**
 * `calendarBusy`: busy times from calendars, UTC per lower-case email, the review's own events among them (they are
 * set aside). Changes come per booked session in time order, then the sessions to place in the file's order.
 */
export const revisionChanges = (previous: Review, next: Review, booked: readonly BookedSession[], calendarBusy: BusyByPerson = new Map()): RevisionChange[] => {
  const zone = next.timeZone;
  const wanted = wantedSessions(next);
  const before = wantedSessions(previous);
  const { pairs, removed, unbooked } = matchSessions(booked, wanted, before, zone);
  const examined = pairs.map((pair) => ({ pair, ...examine(pair, zone) }));
  const around = {
    standing: examined.flatMap((e) => (e.standing ? [e.standing] : [])),
    fixed: wanted.filter((w) => w.part === 'fixed'),
    busy: othersBusy(next, booked, calendarBusy),
  };
  const onBooked = (b: BookedSession, session: SessionNaming, found: Found[]): RevisionChange[] => found.map((f) => ({ ...f, session, booked: b }));
  const changed = [
    ...examined.flatMap(({ pair, found, standing }) =>
      onBooked(pair.booked, naming(pair.wanted), [...found, ...(standing ? clashesOf(standing, around) : [])]),
    ),
    ...removed.flatMap((b) => onBooked(b, { id: b.sessionId, kind: b.kind, title: b.title }, [{ type: 'removed', disposition: 'cancel' }])),
  ].sort((a, b) => a.booked!.start.localeCompare(b.booked!.start) || a.booked!.sessionId.localeCompare(b.booked!.sessionId));
  const added = addedSessions(unbooked, before, zone).map(
    (w): RevisionChange => ({ type: 'added', ...(w.at ? { at: w.at } : {}), session: naming(w), disposition: 'place' }),
  );
  return [...changed, ...added];
};
