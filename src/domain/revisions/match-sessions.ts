/**
 * Which booked session is which session of the new file. In order, each pass on what the earlier ones left:
 * 1. the same id (a case id, an on-site session id, a fixed item at the same start with the same title);
 * 2. a fixed item of the same title on the same day, then of the same title on any day (its time changed, and
 *    with it the id booking gave it);
 * 3. the same session under another id (a rename), where everything that says what it is stays the same: an
 *    on-site session's kind, title and attendees; a case's case worker and categories (its title is its id); a
 *    fixed item's kind, time and attendees (its title changed).
 * Where a pass finds several alike, booked sessions are taken in time order and the file's in its own order: alike
 * sessions are interchangeable, so any pairing tells the same changes.
 */
import { localDate, type UtcInterval } from '../shared/index.js';
import type { BookedSession } from './revision-change.js';
import { bookedPart, isBookable, type Part, type WantedSession } from './wanted-sessions.js';

export interface Pair {
  booked: BookedSession;
  wanted: WantedSession;
}

export interface Matching {
  pairs: Pair[];
  /** Booked, and no longer in the file. */
  removed: BookedSession[];
  /** In the file and not booked. */
  unbooked: WantedSession[];
}

interface Likeness {
  part: Part;
  kind: string;
  title: string;
  attendees: string[];
  at?: UtcInterval;
  categories: string[];
}

const sorted = (values: readonly string[]): string[] => [...values].sort();

const likeness = (s: Likeness): string => {
  if (s.part === 'case') return JSON.stringify([s.part, sorted(s.attendees), sorted(s.categories)]);
  if (s.part === 'session') return JSON.stringify([s.part, s.kind, s.title, sorted(s.attendees)]);
  return JSON.stringify([s.part, s.kind, s.at?.start, s.at?.end, sorted(s.attendees)]);
};

type Key<T> = (item: T) => string | undefined;

/** Pairs what is left of both lists on equal keys, in the lists' order, and takes the pairs out of `left` for the next pass; `undefined` never pairs. */
const pairBy = (left: { booked: BookedSession[]; wanted: WantedSession[] }, bookedKey: Key<BookedSession>, wantedKey: Key<WantedSession>): Pair[] => {
  const waiting = new Map<string, WantedSession[]>();
  for (const wanted of left.wanted) {
    const key = wantedKey(wanted);
    if (key !== undefined) waiting.set(key, [...(waiting.get(key) ?? []), wanted]);
  }
  const pairs: Pair[] = [];
  for (const booked of left.booked) {
    const key = bookedKey(booked);
    const wanted = key === undefined ? undefined : waiting.get(key)?.shift();
    if (wanted) pairs.push({ booked, wanted });
  }
  const paired = new Set(pairs.flatMap((p) => [p.booked, p.wanted]));
  left.booked = left.booked.filter((b) => !paired.has(b));
  left.wanted = left.wanted.filter((w) => !paired.has(w));
  return pairs;
};

/** `previous`: the previous revision's sessions, for what a booked case was (its categories are not booked). */
export const matchSessions = (booked: readonly BookedSession[], wanted: readonly WantedSession[], previous: readonly WantedSession[], zone: string): Matching => {
  const left = {
    booked: [...booked].sort((a, b) => a.start.localeCompare(b.start) || a.sessionId.localeCompare(b.sessionId)),
    wanted: [...wanted],
  };
  const previousCases = new Map(previous.filter((w) => w.part === 'case').map((w) => [w.id, w]));
  const fixedDay = (part: Part, title: string, start: string) => (part === 'fixed' ? `${title} ${localDate(start, zone)}` : undefined);
  const fixedTitle = (part: Part, title: string) => (part === 'fixed' ? title : undefined);
  const bookedLikeness = (b: BookedSession): Likeness => ({
    ...b,
    part: bookedPart(b),
    at: { start: b.start, end: b.end },
    categories: previousCases.get(b.sessionId)?.categories ?? [],
  });
  const pairs = [
    ...pairBy(left, (b) => `${bookedPart(b)} ${b.sessionId}`, (w) => `${w.part} ${w.id}`),
    ...pairBy(left, (b) => fixedDay(bookedPart(b), b.title, b.start), (w) => fixedDay(w.part, w.title, w.at?.start ?? '')),
    ...pairBy(left, (b) => fixedTitle(bookedPart(b), b.title), (w) => fixedTitle(w.part, w.title)),
    ...pairBy(left, (b) => likeness(bookedLikeness(b)), likeness),
  ];
  return { pairs, removed: left.booked, unbooked: left.wanted };
};

/**
 * The unbooked sessions that are new in this revision: bookable, and in the previous one neither by id (a fixed
 * item: by title and day) nor alike under another id. One waiting to be placed since before is not a change.
 */
export const addedSessions = (unbooked: readonly WantedSession[], previous: readonly WantedSession[], zone: string): WantedSession[] => {
  const identity = (w: WantedSession) => (w.part === 'fixed' ? `${w.title} ${localDate(w.at!.start, zone)}` : w.id);
  const known = new Set(previous.filter(isBookable).flatMap((w) => [`${w.part} ${identity(w)}`, likeness(w)]));
  return unbooked.filter((w) => isBookable(w) && !known.has(`${w.part} ${identity(w)}`) && !known.has(likeness(w)));
};
