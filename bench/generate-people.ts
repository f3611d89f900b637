/**
 * The generated instances' people: the peer team and the local area's staff, with busy times that stand in for
 * their calendars (local times in the review's zone, as a review file's `busy` section holds them).
 */
import type { DayWindow, LocalBusy, Peer, Person } from '../src/domain/shared/review.js';
import type { Prng } from './prng.js';

const FIRST = ['Ada', 'Ben', 'Cara', 'Dan', 'Esme', 'Finn', 'Gita', 'Hugo', 'Iris', 'Jon', 'Kira', 'Liam', 'Maya', 'Nico', 'Omar', 'Pia', 'Quin', 'Rosa', 'Saul', 'Tara'];
const LAST = ['Abbott', 'Birch', 'Cole', 'Dunn', 'Ellis', 'Frost', 'Gale', 'Hart', 'Ives', 'Judd', 'Kerr', 'Lowe', 'Moss', 'Nash', 'Orme', 'Pike', 'Reid', 'Shaw', 'Tate', 'Vane'];
/** How many consecutive on-site days one peer spends on site (a usual review is four days). */
const PEER_STAY_DAYS = 4;

const nameAt = (i: number): { name: string; local: string } => {
  const first = FIRST[i % FIRST.length]!;
  // Every pair of first and last names once before any repeats.
  const last = LAST[(i + Math.floor(i / FIRST.length)) % LAST.length]!;
  const round = Math.floor(i / (FIRST.length * LAST.length));
  return { name: `${first} ${last}`, local: `${first}.${last}${round > 0 ? round : ''}`.toLowerCase() };
};

export const makePeople = (count: number): Person[] =>
  Array.from({ length: count }, (_, i) => {
    const { name, local } = nameAt(i + 7);
    return { email: `${local}@council.example`, name };
  });

/** `count` peers who may run on-site sessions, then case reviewers (who may not). */
export const makePeers = (count: number, caseReviewers: number, themeIds: string[], random: Prng): Peer[] => {
  const onSite = Array.from({ length: count }, (_, i): Peer => {
    const { name, local } = nameAt(i);
    const role = i === 0 ? 'teamLead' : i % 6 === 1 ? 'challengeManager' : i % 6 === 5 ? 'shadow' : 'peer';
    return { email: `${local}@peers.example`, name, role, themes: random.sample(themeIds, role === 'shadow' ? 0 : random.int(1, 2)) };
  });
  const reviewers = Array.from({ length: caseReviewers }, (_, i): Peer => {
    const { name, local } = nameAt(count + i);
    return { email: `${local}@peers.example`, name, role: 'caseReviewer', themes: [] };
  });
  return [...onSite, ...reviewers];
};

const at = (date: string, minutes: number): string => {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}`;
};
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const wholeDay = (day: DayWindow): LocalBusy => ({ start: at(day.date, minutesOf(day.start)), end: at(day.date, minutesOf(day.end)) });

/** A random meeting of 1 to `maxHours` hours starting on the half hour from 09:00, ending by the day's end. */
const meeting = (day: DayWindow, maxHours: number, random: Prng): LocalBusy => {
  const start = 9 * 60 + 30 * random.int(0, Math.min(14, (minutesOf(day.end) - 60 - 9 * 60) / 30));
  return { start: at(day.date, start), end: at(day.date, Math.min(start + 60 * random.int(1, maxHours), minutesOf(day.end))) };
};

/**
 * Peers stay for a run of days (on a long review they come in turns), some arrive mid-morning on their first
 * day, and some have calls of their own.
 */
export const peerBusy = (peers: Peer[], days: DayWindow[], random: Prng): Record<string, LocalBusy[]> => {
  const busy: Record<string, LocalBusy[]> = {};
  for (const peer of peers.filter((p) => p.role !== 'caseReviewer')) {
    const stay = Math.min(days.length, peer.role === 'shadow' ? PEER_STAY_DAYS - 1 : PEER_STAY_DAYS);
    const first = random.int(0, days.length - stay);
    const times = days.flatMap((day, i): LocalBusy[] => {
      if (i < first || i >= first + stay) return [wholeDay(day)];
      const arrival = i === first && random.chance(0.25) ? [{ start: at(day.date, minutesOf(day.start)), end: at(day.date, 11 * 60) }] : [];
      return [...arrival, ...(random.chance(0.25) ? [meeting(day, 1, random)] : [])];
    });
    if (times.length > 0) busy[peer.email] = times;
  }
  return busy;
};

/**
 * Staff calendars: the busiest people (the first, who are also asked to the most sessions) have the fullest
 * diaries; some work part-time (mornings or afternoons only) and some are away for a day.
 */
export const staffBusy = (people: Person[], days: DayWindow[], random: Prng): Record<string, LocalBusy[]> => {
  const busy: Record<string, LocalBusy[]> = {};
  for (const [rank, person] of people.entries()) {
    const senior = rank < Math.max(2, people.length / 10);
    const partTime = random.chance(0.15) ? random.pick(['mornings', 'afternoons'] as const) : undefined;
    const times = days.flatMap((day): LocalBusy[] => {
      if (random.chance(0.12)) return [wholeDay(day)];
      const pattern = partTime === 'mornings' ? [{ start: at(day.date, 13 * 60), end: at(day.date, minutesOf(day.end)) }]
        : partTime === 'afternoons' ? [{ start: at(day.date, minutesOf(day.start)), end: at(day.date, 12 * 60 + 30) }] : [];
      const meetings = Array.from({ length: random.int(senior ? 1 : 0, senior ? 3 : 2) }, () => meeting(day, 3, random));
      return [...pattern, ...meetings];
    });
    if (times.length > 0) busy[person.email] = times;
  }
  return busy;
};
