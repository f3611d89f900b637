/**
 * A revision's sessions as booking would make them (the same ids, titles, people and places as
 * services/booking), so that they compare field by field with what is booked.
 */
import { eligiblePeers, placeFixed, readOnSite } from '../on-site/index.js';
import { caseReviewTitle, fixedItemId, isFixedItemId } from '../programme/index.js';
import type { DayWindow, Review, UtcInterval } from '../shared/index.js';

/** Which part of the review a session belongs to: its id, its days and its peers follow from it. */
export type Part = 'case' | 'session' | 'fixed';

export interface WantedSession {
  id: string;
  part: Part;
  kind: string;
  title: string;
  attendees: string[];
  /** Peers the file names: a case's `reviewer`, every on-site peer at an `allPeers` item; none where Convene chooses. */
  namedPeers?: string[];
  /** Peers it asks for where Convene chooses them. */
  peersNeeded: number;
  /** Who may run it: the caseReviewer peers for a case, the other peers on site. */
  eligible: string[];
  /** Minutes with the attendees (a site visit's travel is apart). */
  minutes: number;
  travelMinutes: number;
  location?: string;
  online: boolean;
  /** The pinned day, yyyy-MM-dd. */
  date?: string;
  /** A fixed item's given time, UTC. */
  at?: UtcInterval;
  /** The days of its part of the review. */
  days: DayWindow[];
  /** A case's Appendix 8 categories: part of what makes it the same case under a new id. */
  categories: string[];
}

const cases = (review: Review): WantedSession[] => {
  const part = review.caseReviews;
  if (!part) return [];
  const reviewers = review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email);
  return part.cases.map((c) => ({
    id: c.id,
    part: 'case',
    kind: 'caseReview',
    title: caseReviewTitle(c.id),
    attendees: [c.caseWorker],
    ...(c.reviewer ? { namedPeers: [c.reviewer] } : {}),
    peersNeeded: 1,
    eligible: reviewers,
    minutes: part.minutes,
    travelMinutes: 0,
    online: true,
    days: part.days,
    categories: c.categories,
  }));
};

/**
 * The on-site sessions, and every occurrence of every fixed item (a daily one on each day), booked or not: an
 * item without attendees is not booked, yet its people are busy then.
 */
const onSite = (review: Review): WantedSession[] => {
  const week = readOnSite(review);
  if (!week) return [];
  const eligible = eligiblePeers(review);
  const sessions = week.sessions.map((s): WantedSession => ({
    id: s.id,
    part: 'session',
    kind: s.kind,
    title: s.title,
    attendees: s.attendees,
    peersNeeded: s.peers,
    eligible,
    minutes: s.minutes,
    travelMinutes: s.travelMinutes,
    ...(s.online ? {} : { location: s.location ?? review.base }),
    online: s.online,
    ...(s.date ? { date: s.date } : {}),
    days: week.days,
    categories: [],
  }));
  const fixed = placeFixed(review, week).map((f): WantedSession => ({
    id: fixedItemId(f),
    part: 'fixed',
    kind: f.kind,
    title: f.title,
    attendees: f.attendees,
    namedPeers: f.peers,
    peersNeeded: f.peers.length,
    eligible,
    minutes: 0,
    travelMinutes: 0,
    location: f.location ?? review.base,
    online: false,
    at: { start: f.start, end: f.end },
    days: week.days,
    categories: [],
  }));
  return [...sessions, ...fixed];
};

export const wantedSessions = (review: Review): WantedSession[] => [...cases(review), ...onSite(review)];

/** What booking books: every case and on-site session, and the fixed items someone outside the peer team attends. */
export const isBookable = (wanted: WantedSession): boolean => wanted.part !== 'fixed' || wanted.attendees.length > 0;

/** The part of a booked session: case reviews by kind, fixed items by their id's form. */
export const bookedPart = (booked: { sessionId: string; kind: string }): Part =>
  booked.kind === 'caseReview' ? 'case' : isFixedItemId(booked.sessionId) ? 'fixed' : 'session';
