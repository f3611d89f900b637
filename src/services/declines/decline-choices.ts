/**
 * What the project team can do about a decline, worked out from what is booked and everyone's calendar now: other
 * times for the session that move nothing else, and peers who could take a declining peer's place.
 */
import { alternativeTimes, replacements, type AlternativeTime, type Replacement } from '../../domain/declines/index.js';
import { eligiblePeers, readOnSite } from '../../domain/on-site/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { dayWindow, type BusyByPerson, type Review, type UtcInterval } from '../../domain/shared/index.js';
import { bookedSessions } from '../reviews/index.js';
import type { Booking, CalendarPort, Store, StoredReview } from '../ports/index.js';

export interface DeclineChoices {
  session: BookedSession;
  alternatives: AlternativeTime[];
  replacements: Replacement[];
}

interface Deps {
  store: Store;
  calendar: CalendarPort;
  now: () => string;
}

/** The days a session of this kind may be on, and a little either side for a booking already outside them. */
const windowOf = (review: Review, session: BookedSession): UtcInterval => {
  const days = session.kind === 'caseReview' ? (review.caseReviews?.days ?? []) : (readOnSite(review)?.days ?? []);
  const all = [...days.map((day) => dayWindow(day, review.timeZone)), session];
  return { start: all.map((i) => i.start).sort()[0]!, end: all.map((i) => i.end).sort().at(-1)! };
};

/** The calendars give one interval per event: the session's own is taken out, once, from each of its people. */
const withoutOwnEvent = (busy: BusyByPerson, session: BookedSession): BusyByPerson => {
  const people = new Set([...session.attendees, ...session.peers]);
  return new Map(
    [...busy].map(([email, intervals]) => {
      if (!people.has(email)) return [email, intervals];
      const own = intervals.findIndex((i) => Date.parse(i.start) === Date.parse(session.start) && Date.parse(i.end) === Date.parse(session.end));
      return [email, own < 0 ? intervals : intervals.filter((_, n) => n !== own)];
    }),
  );
};

/** Undefined when the booking is no longer a booked session of the review (cancelled, or never booked). */
export const declineChoices = async (deps: Deps, stored: StoredReview, booking: Booking, decliner: string): Promise<DeclineChoices | undefined> => {
  const booked = bookedSessions(stored.review, await deps.store.bookings.forReview(stored.id));
  const session = booked.find((b) => b.bookingId === booking.id);
  if (!session) return undefined;
  const { review } = stored;
  const candidates = session.kind === 'caseReview' ? review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email) : eligiblePeers(review);
  const people = [...new Set([...session.attendees, ...session.peers, ...candidates])];
  const busy = withoutOwnEvent(await deps.calendar.getBusy(review.organiser, people, windowOf(review, session)), session);
  const declined = { review, booked, sessionId: session.sessionId, busy, now: deps.now() };
  return { session, alternatives: alternativeTimes(declined), replacements: replacements(declined, decliner) };
};
