/**
 * The peers of a booked session against the new file. Where the file names them (a case's `reviewer`, every
 * on-site peer at an `allPeers` item) they are compared one by one; where Convene chose them, a booked peer
 * stays while still on the team in a role that may run the session, and only the count is held to what the
 * session asks for.
 */
import type { BookedSession, Found } from './revision-change.js';
import { without } from './session-changes.js';
import type { WantedSession } from './wanted-sessions.js';

export interface PeerChanges {
  found: Found[];
  /** The peers it keeps and gains: who is in it if it stays. */
  peers: string[];
}

const lists = (added: string[], removed: string[]): Found[] => [
  ...(added.length > 0 ? [{ type: 'peersAdded', emails: added, disposition: 'stay' } as const] : []),
  ...(removed.length > 0 ? [{ type: 'peersRemoved', emails: removed, disposition: 'stay' } as const] : []),
];

/** A fixed item's peers are every on-site peer or none: a flip is one change, else the team's comings and goings. */
const fixedPeers = (booked: BookedSession, named: string[]): Found[] => {
  const wasAll = booked.peers.length > 0;
  const isAll = named.length > 0;
  if (wasAll !== isAll) return [{ type: 'allPeers', allPeers: isAll, emails: isAll ? named : booked.peers, disposition: 'stay' }];
  return lists(without(named, booked.peers), without(booked.peers, named));
};

export const peerChanges = (booked: BookedSession, wanted: WantedSession): PeerChanges => {
  const named = wanted.namedPeers;
  if (wanted.part === 'fixed') return { found: fixedPeers(booked, named ?? []), peers: named ?? [] };
  const removed = named ? without(booked.peers, named) : booked.peers.filter((p) => !wanted.eligible.includes(p));
  const added = named ? without(named, booked.peers) : [];
  const peers = [...without(booked.peers, removed), ...added];
  const need = named?.length ?? wanted.peersNeeded;
  const count: Found[] = peers.length === need ? [] : [{ type: 'peersNeeded', have: peers.length, need, disposition: 'stay' }];
  return { found: [...lists(added, removed), ...count], peers };
};
