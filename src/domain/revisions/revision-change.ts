/**
 * What a new revision of a review changes, told against what is booked. Plain data: the re-import reply words
 * it (revision-words.ts), and a later re-plan reads each change's `disposition` to disturb as little as it can.
 */
import type { DayWindow, UtcInterval } from '../shared/index.js';

/** A session as it is in calendars now. */
export interface BookedSession {
  /** The case id, the file's on-site session id, or a fixed item's id (`fixedItemId`: `fixed:<start>:<title>`). */
  sessionId: string;
  /** `caseReview`, an on-site session's kind, or a fixed item's kind. */
  kind: string;
  title: string;
  /** UTC; an on-site session's time with its attendees (a site visit's travel is not in the event). */
  start: string;
  end: string;
  /** Everyone invited who is not a peer (a case's case worker). */
  attendees: string[];
  /** The peers running it (a case's case reviewer). */
  peers: string[];
  location?: string;
  online: boolean;
  /** The store's booking of it, opaque here: what applying a change to it names. */
  bookingId?: string;
}

/**
 * What a change asks of the session it touches. `move`: its booked time cannot stand (its own change, a rule or a
 * clash); `stay`: its time may be kept and its event is updated; `cancel`: it is no longer in the file; `place`:
 * it is new and not booked.
 */
export type Disposition = 'move' | 'stay' | 'cancel' | 'place';

/** Someone's time that a booked session now overlaps: a busy time, or another session of the review (`title`). */
export interface Clashing extends UtcInterval {
  title?: string;
}

export type Change =
  /** In the new file, in no earlier one, not booked; a fixed item comes with its given time. */
  | { type: 'added'; at?: UtcInterval }
  | { type: 'removed' }
  /** The same session under a new id in the file. */
  | { type: 'renamed'; from: string; to: string }
  | { type: 'retitled'; from: string; to: string }
  | { type: 'kind'; from: string; to: string }
  /** A fixed item's given time. */
  | { type: 'time'; from: UtcInterval; to: UtcInterval }
  /** The file pins the session to a day (yyyy-MM-dd) other than the one it is booked on. */
  | { type: 'pinnedDay'; bookedOn: string; pinnedTo: string }
  /** Minutes with the attendees, as booked and as the file now asks. */
  | { type: 'length'; from: number; to: number }
  | { type: 'place'; from?: string; to?: string }
  /** Now online, or in person (at `location`). */
  | { type: 'online'; online: boolean; location?: string }
  | { type: 'attendeesAdded'; emails: string[] }
  | { type: 'attendeesRemoved'; emails: string[] }
  | { type: 'peersAdded'; emails: string[] }
  | { type: 'peersRemoved'; emails: string[] }
  /** How many peers it has once peers who left the team are gone, and how many it asks for. */
  | { type: 'peersNeeded'; have: number; need: number }
  /** A fixed item now holds every on-site peer, or no longer does: `emails` are the peers who join or leave. */
  | { type: 'allPeers'; allPeers: boolean; emails: string[] }
  | { type: 'clash'; emails: string[]; with: Clashing }
  /** Booked on a day that is no longer a day of its part of the review. */
  | { type: 'dayRemoved'; date: string }
  /** Booked (with any travel) outside its day's hours as the file now gives them. */
  | { type: 'outsideDay'; day: DayWindow };

/** The session a change is about, in the new revision's terms. */
export interface SessionNaming {
  /** Its id in the new file; the booked id for a removed session. */
  id: string;
  kind: string;
  title: string;
}

export type RevisionChange = Change & {
  session: SessionNaming;
  /** The booking it touches; none for an added session. */
  booked?: BookedSession;
  disposition: Disposition;
};

/** A change found on one session, before it is named. */
export type Found = Change & { disposition: Disposition };
