/**
 * A review's programme rebuilt from its bookings, in the planners' shapes, so that the parts' independent checkers
 * can judge what is in calendars (with one booking changed, say). Bookings no longer in the file are left out: their
 * people's events still hold their time.
 */
import { DateTime } from 'luxon';
import type { PlacedCase } from '../case-reviews/index.js';
import { placeFixed, readOnSite, type OnSitePlan, type PlacedSession } from '../on-site/index.js';
import { bookedPart, type BookedSession } from '../revisions/index.js';
import type { Review } from '../shared/index.js';

const MINUTE = 60_000;
const ms = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const iso = (millis: number): string => DateTime.fromMillis(millis, { zone: 'utc' }).toISO()!;

/**
 * A booking holds the time with the attendees, so a session's band starts its travel earlier; sessions whose bands
 * start together share one, as long as its longest block (docs/on-site-rules.md). Streams are lettered within a band.
 */
export const onSitePlanAsBooked = (review: Review, booked: readonly BookedSession[]): Pick<OnSitePlan, 'placed' | 'fixed'> => {
  const onSite = readOnSite(review);
  if (!onSite) return { placed: [], fixed: [] };
  const travel = new Map(onSite.sessions.map((s) => [s.id, s.travelMinutes * MINUTE]));
  const bands = new Map<number, BookedSession[]>();
  for (const b of booked) {
    const away = travel.get(b.sessionId);
    if (away === undefined || bookedPart(b) !== 'session') continue;
    const start = ms(b.start) - away;
    bands.set(start, [...(bands.get(start) ?? []), b]);
  }
  const placed = [...bands].flatMap(([start, members]): PlacedSession[] => {
    const band = { start: iso(start), end: iso(Math.max(...members.map((m) => ms(m.end) + travel.get(m.sessionId)!))) };
    return [...members]
      .sort((a, b) => a.sessionId.localeCompare(b.sessionId))
      .map((m, i) => ({ sessionId: m.sessionId, start: iso(ms(m.start)), end: iso(ms(m.end)), band, stream: String.fromCharCode(65 + i), peers: [...m.peers] }));
  });
  return { placed, fixed: placeFixed(review, onSite) };
};

/** A booked call is its case reviewer and the case worker; one without either is told by the checker, not skipped. */
export const caseReviewsAsBooked = (review: Review, booked: readonly BookedSession[]): PlacedCase[] => {
  const cases = new Set(review.caseReviews?.cases.map((c) => c.id));
  return booked
    .filter((b) => bookedPart(b) === 'case' && cases.has(b.sessionId))
    .map((b) => ({ caseId: b.sessionId, reviewer: b.peers[0] ?? '', caseWorker: b.attendees[0] ?? '', start: b.start, end: b.end }));
};
