/**
 * A decline as a task for the project team (docs/declines.md): the data the service reads from the store and the
 * calendars, and what the team is offered, other times for the session and peers who could take a decliner's place.
 */
import type { BookedSession } from '../revisions/index.js';
import type { BusyByPerson, Review } from '../shared/index.js';

export interface DeclinedSession {
  review: Review;
  /** Everything of the review booked now, the declined session among them: every other one stays where it is. */
  booked: readonly BookedSession[];
  /** The declined session's `sessionId`. */
  sessionId: string;
  /**
   * Calendar busy times, UTC per lower-case email, as the calendars give them (the review's other bookings among
   * them), with the declined session's own event already taken out of each of its people's by the caller: else they
   * would look busy at the very time they are asked about. The file's `busy` is added here.
   */
  busy: BusyByPerson;
  /** UTC ISO: an alternative starts (with any travel) no earlier; the domain never reads the clock. */
  now: string;
}

/** Another time for the declined session, with every other session where it is. */
export interface AlternativeTime {
  /** UTC ISO: the time with the attendees (a site visit's travel is either side of it). */
  start: string;
  end: string;
  /** Everyone invited (peers, then attendees, the decliner among them): all free then by their calendars. */
  free: string[];
}

/** A peer who could run the session at its booked time in place of a peer who declined. */
export interface Replacement {
  email: string;
  /** Theme ids they share with the session (on site; case reviews have none). */
  themes: string[];
  /** Sessions they already run on the session's day. */
  sessionsThatDay: number;
}

/** A card offers a few choices: more would be read by nobody. */
export const MAX_ALTERNATIVES = 3;
export const MAX_REPLACEMENTS = 5;
