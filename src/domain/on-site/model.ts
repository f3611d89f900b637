/**
 * The on-site week as the planner reasons about it: epoch milliseconds, a grid of band starts per day, who is
 * busy when (calendar, file and fixed items), and for every session the starts where it could open a band on
 * its own. Sessions are sorted by id so that the order of the file never changes the plan.
 */
import { DateTime } from 'luxon';
import { clash, isFreeFor, type Span } from '../shared/index.js';
import { localToUtc } from '../shared/index.js';
import { GRID_MINUTES, type FixedItem, type HeldSession, type OnSite, type OnSiteSession } from './on-site.js';
import type { BusyByPerson, Review } from '../shared/index.js';

const MINUTE = 60_000;

export interface ModelDay {
  date: string;
  window: Span;
  /** Band starts: the day's start plus multiples of GRID_MINUTES. */
  starts: number[];
  /** allPeers fixed items: no band may overlap them. */
  closed: Span[];
  /** Other fixed items: each takes one stream from a band it overlaps. */
  shared: Span[];
}

export interface ModelSession {
  session: OnSiteSession;
  /** travel + minutes + travel. */
  block: number;
  travel: number;
  minutes: number;
  /** Per day, per grid start: could this session open a band there, other sessions aside? */
  opens: Uint8Array[];
  /** How many such starts there are: the fewer, the earlier it is placed. */
  options: number;
}

export interface PlacedFixedItem {
  item: FixedItem;
  date: string;
  span: Span;
}

export interface OnSiteModel {
  review: Review;
  onSite: OnSite;
  days: ModelDay[];
  sessions: ModelSession[];
  fixed: PlacedFixedItem[];
  /** Emails of the peers who may run on-site sessions (every role but caseReviewer), in the review's order. */
  peers: string[];
  busy: Map<string, Span[]>;
  streams: number;
  free: (email: string, span: Span) => boolean;
  /** Peers free for the whole of a band (cached). */
  freePeers: (day: number, span: Span) => string[];
  /** Streams left in a band by the shared fixed items it overlaps. */
  capacity: (day: number, span: Span) => number;
}

const ms = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();

const spanOf = (date: string, start: string, end: string, zone: string): Span => ({
  start: ms(localToUtc(`${date}T${start}`, zone)),
  end: ms(localToUtc(`${date}T${end}`, zone)),
});

const byTime = (a: PlacedFixedItem, b: PlacedFixedItem): number => a.span.start - b.span.start || a.item.title.localeCompare(b.item.title);

export const fixedItems = (onSite: OnSite, zone: string): PlacedFixedItem[] =>
  onSite.fixed
    .flatMap((item) => (item.daily ? onSite.days.map((d) => d.date) : [item.date!]).map((date) => ({ item, date, span: spanOf(date, item.start, item.end, zone) })))
    .sort(byTime);

/** A held session as a fixed item that takes a stream; its people are busy through the busy times already. */
const heldItem = (held: HeldSession, zone: string): PlacedFixedItem => {
  const start = DateTime.fromISO(held.start, { zone: 'utc' }).setZone(zone);
  const end = DateTime.fromISO(held.end, { zone: 'utc' }).setZone(zone);
  const date = start.toISODate()!;
  const item: FixedItem = { title: held.title, kind: 'booked', date, daily: false, start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm'), attendees: [], allPeers: false };
  return { item, date, span: { start: start.toMillis(), end: end.toMillis() } };
};

export const eligiblePeers = (review: Review): string[] => review.peers.filter((p) => p.role !== 'caseReviewer').map((p) => p.email);

/** The time with the attendees of a session in a band starting at `start`. */
export const meetingSpan = (s: ModelSession, start: number): Span => ({ start: start + s.travel, end: start + s.travel + s.minutes });

export const buildModel = (review: Review, onSite: OnSite, busy: BusyByPerson, held: readonly HeldSession[] = []): OnSiteModel => {
  const zone = review.timeZone;
  const fixed = [...fixedItems(onSite, zone), ...held.map((h) => heldItem(h, zone))].sort(byTime);
  const peers = eligiblePeers(review);
  const busySpans = new Map<string, Span[]>();
  const addBusy = (email: string, span: Span) => busySpans.set(email, [...(busySpans.get(email) ?? []), span]);
  for (const [email, intervals] of busy) for (const i of intervals) addBusy(email.toLowerCase(), { start: ms(i.start), end: ms(i.end) });
  for (const f of fixed) for (const email of new Set([...f.item.attendees, ...(f.item.allPeers ? peers : [])])) addBusy(email, f.span);
  const free = (email: string, span: Span) => isFreeFor(span, busySpans.get(email));

  const days: ModelDay[] = onSite.days.map((d) => {
    const window = spanOf(d.date, d.start, d.end, zone);
    const starts: number[] = [];
    for (let t = window.start; t < window.end; t += GRID_MINUTES * MINUTE) starts.push(t);
    // By time, not by date: a held session that runs past midnight takes its stream on both days.
    const today = fixed.filter((f) => clash(f.span, window));
    return { date: d.date, window, starts, closed: today.filter((f) => f.item.allPeers).map((f) => f.span), shared: today.filter((f) => !f.item.allPeers).map((f) => f.span) };
  });
  // Bands of different days never share a start, so the start and end alone are the key.
  const peerCache = new Map<number, Map<number, string[]>>();
  const freePeers = (_day: number, span: Span): string[] => {
    const byEnd = peerCache.get(span.start) ?? new Map<number, string[]>();
    peerCache.set(span.start, byEnd);
    const found = byEnd.get(span.end) ?? peers.filter((p) => free(p, span));
    byEnd.set(span.end, found);
    return found;
  };
  const capacity = (day: number, span: Span) => onSite.streams - days[day]!.shared.filter((f) => clash(f, span)).length;

  const sessions = [...onSite.sessions].sort((a, b) => a.id.localeCompare(b.id)).map((session): ModelSession => {
    const travel = session.travelMinutes * MINUTE;
    const minutes = session.minutes * MINUTE;
    const partial = { session, travel, minutes, block: 2 * travel + minutes };
    const opens = days.map((day, d) => {
      const row = new Uint8Array(day.starts.length);
      if (session.date && session.date !== day.date) return row;
      day.starts.forEach((t, i) => {
        const band = { start: t, end: t + partial.block };
        const meeting = { start: t + travel, end: t + travel + minutes };
        const ok =
          band.end <= day.window.end &&
          !day.closed.some((c) => clash(c, band)) &&
          capacity(d, band) >= 1 &&
          session.attendees.every((a) => free(a, meeting)) &&
          freePeers(d, band).filter((p) => !session.attendees.includes(p)).length >= session.peers;
        row[i] = ok ? 1 : 0;
      });
      return row;
    });
    return { ...partial, opens, options: opens.reduce((n, row) => n + row.reduce((m, x) => m + x, 0), 0) };
  });
  return { review, onSite, days, sessions, fixed, peers, busy: busySpans, streams: onSite.streams, free, freePeers, capacity };
};
