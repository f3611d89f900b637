/**
 * Clashes of the booked sessions that stay where they are: someone in one is now busy then (the new file's `busy`,
 * the calendars'), in a fixed item then, or newly in two sessions at once. A session that must move for another
 * reason is not checked at the time it is leaving. Fixed items never move: theirs are told, for the project team.
 */
import { fileBusy, mergeBusy, overlaps } from '../shared/index.js';
import type { BusyByPerson, Review, UtcInterval } from '../shared/index.js';
import type { BookedSession, Clashing, Found } from './revision-change.js';
import { sameInterval, widened } from './session-times.js';
import type { WantedSession } from './wanted-sessions.js';

/** A booked session as it stands if it stays. */
export interface Standing {
  booked: BookedSession;
  wanted: WantedSession;
  /** A fixed item's given time, else the booked time. */
  at: UtcInterval;
  peers: string[];
  /** People it gains, who may now be in another session at the same time. */
  newcomers: string[];
}

export interface Around {
  standing: Standing[];
  /** Every fixed item of the new file, booked or not. */
  fixed: WantedSession[];
  busy: BusyByPerson;
}

/**
 * Everyone's busy time apart from the review's own sessions: the file's, and the calendars' less the booked events.
 * Calendars give an interval per event (CalendarPort), so each booking takes one interval equal to it from each of
 * its people: a meeting of theirs at the very same time stays, and is a clash. Clashes between booked sessions are
 * found apart.
 */
export const othersBusy = (next: Review, booked: readonly BookedSession[], calendarBusy: BusyByPerson): BusyByPerson => {
  const calendar: BusyByPerson = new Map([...calendarBusy].map(([email, busy]) => [email, [...busy]]));
  for (const b of booked) {
    for (const email of [...b.attendees, ...b.peers]) {
      const busy = calendar.get(email) ?? [];
      const own = busy.findIndex((interval) => sameInterval(interval, b));
      if (own >= 0) busy.splice(own, 1);
    }
  }
  return mergeBusy(fileBusy(next), calendar);
};

/** Each person's time in a session at `at`: a site visit's peers travel there and back. */
const occupancy = (wanted: WantedSession, at: UtcInterval, peers: readonly string[]): Map<string, UtcInterval> =>
  new Map([...wanted.attendees.map((e) => [e, at] as const), ...peers.map((e) => [e, widened(at, wanted.travelMinutes)] as const)]);

const clashing = (interval: UtcInterval, title?: string): Clashing => ({ start: interval.start, end: interval.end, ...(title ? { title } : {}) });

export const clashesOf = (session: Standing, around: Around): Found[] => {
  const mine = occupancy(session.wanted, session.at, session.peers);
  const found: { email: string; with: Clashing }[] = [];
  for (const [email, time] of mine) {
    const busy = around.busy.get(email)?.find((b) => overlaps(time, b));
    if (busy) found.push({ email, with: clashing(busy) });
  }
  if (session.wanted.part !== 'fixed') {
    for (const item of around.fixed) {
      const people = new Set([...item.attendees, ...(item.namedPeers ?? [])]);
      for (const [email, time] of mine) if (people.has(email) && overlaps(time, item.at!)) found.push({ email, with: clashing(item.at!, item.title) });
    }
    for (const other of around.standing) {
      if (other === session || other.wanted.part === 'fixed') continue;
      const theirs = occupancy(other.wanted, other.at, other.peers);
      for (const email of session.newcomers) {
        const time = theirs.get(email);
        if (time && overlaps(mine.get(email)!, time)) found.push({ email, with: clashing(other.at, other.wanted.title) });
      }
    }
  }
  return grouped(found, session.wanted.part === 'fixed' ? 'stay' : 'move');
};

/** One change per thing clashed with, naming everyone it holds. */
const grouped = (found: readonly { email: string; with: Clashing }[], disposition: Found['disposition']): Found[] => {
  const byWhat = new Map<string, Found & { type: 'clash' }>();
  for (const { email, with: what } of found) {
    const key = JSON.stringify([what.title, what.start, what.end]);
    const change = byWhat.get(key);
    if (!change) byWhat.set(key, { type: 'clash', emails: [email], with: what, disposition });
    else if (!change.emails.includes(email)) change.emails.push(email);
  }
  return [...byWhat.values()];
};
