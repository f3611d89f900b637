/**
 * What the project team can do about a decline, worked out from what is booked and everyone's calendar now: other
 * times for the session that move nothing else, and peers who could take a declining peer's place.
 */
import { alternativeTimes, replacements, type AlternativeTime, type DeclinedSession, type Replacement } from '../../domain/declines/index.js';
import { eligiblePeers, readOnSite } from '../../domain/on-site/index.js';
import { othersBusy, type BookedSession } from '../../domain/revisions/index.js';
import { dayWindow, type Review, type UtcInterval } from '../../domain/shared/index.js';
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

/** The session of this booking as booked, and what the domain works its choices out from; undefined when it is no longer booked. */
const asBookedNow = async (deps: Deps, stored: StoredReview, bookingId: string, alsoAsk: (session: BookedSession) => string[]) => {
  const booked = bookedSessions(stored.review, await deps.store.bookings.forReview(stored.id));
  const session = booked.find((b) => b.bookingId === bookingId);
  if (!session) return undefined;
  const { review } = stored;
  const people = [...new Set([...session.attendees, ...session.peers, ...alsoAsk(session)])];
  // The calendars give one interval per event: the session's own is taken out of its people's (othersBusy).
  const busy = othersBusy(review, [session], await deps.calendar.getBusy(review.organiser, people, windowOf(review, session)));
  const declined: DeclinedSession = { review, booked, sessionId: session.sessionId, busy, now: deps.now() };
  return { session, declined };
};

/**
 * Other times for a booked session that keep every rule and move nothing else, everyone in it free by their calendars
 * (docs/declines.md): what a decline offers, and what `move` offers. Undefined when it is no longer booked.
 */
export const otherTimes = async (deps: Deps, stored: StoredReview, bookingId: string): Promise<Omit<DeclineChoices, 'replacements'> | undefined> => {
  const found = await asBookedNow(deps, stored, bookingId, () => []);
  return found && { session: found.session, alternatives: alternativeTimes(found.declined) };
};

/** Undefined when the booking is no longer a booked session of the review (cancelled, or never booked). */
export const declineChoices = async (deps: Deps, stored: StoredReview, booking: Booking, decliner: string): Promise<DeclineChoices | undefined> => {
  const { review } = stored;
  const candidates = (session: BookedSession) =>
    session.kind === 'caseReview' ? review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email) : eligiblePeers(review);
  const found = await asBookedNow(deps, stored, booking.id, candidates);
  if (!found) return undefined;
  return { session: found.session, alternatives: alternativeTimes(found.declined), replacements: replacements(found.declined, decliner) };
};
