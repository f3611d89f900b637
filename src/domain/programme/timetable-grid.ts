/**
 * The on-site timetable as a grid, before any rendering: per day, its rows in time order, each a band (its time
 * and a cell per stream, a session or empty) or a fixed item across every stream. The proposal card, the web
 * page and the CLI text all render from this one model, so they always agree on what runs when and who runs it.
 */
import { DateTime } from 'luxon';
import { nameOf, type Review } from '../shared/index.js';
import type { OnSite, OnSitePlan, OnSiteSession, PlacedFixed, PlacedSession } from '../on-site/index.js';

export interface GridPeer {
  email: string;
  /** As the review knows them (nameOf). */
  name: string;
  initials: string;
}

export interface GridSession {
  kind: 'session';
  /** The session's id. */
  id: string;
  title: string;
  /** Undefined when the plan names a session the review no longer has. */
  session?: OnSiteSession;
  /** UTC: the time with the attendees, which may be shorter than the band. */
  start: string;
  end: string;
  /** "10:30–12:00" in the review's zone. */
  time: string;
  peers: GridPeer[];
}

export type GridCell = GridSession | { kind: 'empty' };

export interface GridBand {
  kind: 'band';
  start: string;
  end: string;
  time: string;
  /** One per stream, in the order of TimetableGrid.streams. */
  cells: GridCell[];
}

export interface GridFixed {
  kind: 'fixed';
  /** fixedItemId: the same id the booking of the item uses. */
  id: string;
  item: PlacedFixed;
  time: string;
  /** Every on-site peer attends it. */
  allPeers: boolean;
  peers: GridPeer[];
  attendees: GridPeer[];
}

export type GridRow = GridBand | GridFixed;

export interface GridDay {
  /** yyyy-MM-dd in the review's zone. */
  date: string;
  rows: GridRow[];
}

export interface TimetableGrid {
  /** "Team A", "Team B", ...: as many as the review has streams, or more if the plan uses them. */
  streams: string[];
  /** The on-site days, and any other day the plan uses, in date order. */
  days: GridDay[];
}

/** A fixed item has no id of its own; daily items differ by their start. */
export const fixedItemId = (item: PlacedFixed): string => `fixed:${item.start}:${item.title}`;

/** True for an id fixedItemId made: a booking of a fixed item rather than of a case or an on-site session. */
export const isFixedItemId = (id: string): boolean => id.startsWith('fixed:');

/** "Morgan Hale" → "MH"; the email of someone who is not a peer with a name. */
export const initials = (review: Review, email: string): string => {
  const name = review.peers.find((p) => p.email === email)?.name;
  return name ? name.split(/\s+/).map((word) => word[0]?.toUpperCase() ?? '').join('') : email;
};

const LETTERS = 26;

export const timetableGrid = (review: Review, onSite: OnSite | undefined, plan: OnSitePlan): TimetableGrid => {
  const zone = review.timeZone;
  const local = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).setLocale('en-GB');
  const span = (start: string, end: string) => `${local(start).toFormat('HH:mm')}–${local(end).toFormat('HH:mm')}`;
  const sessions = new Map((onSite?.sessions ?? []).map((s) => [s.id, s]));
  const peer = (email: string): GridPeer => ({ email, name: nameOf(review, email), initials: initials(review, email) });
  const onSitePeers = review.peers.filter((p) => p.role !== 'caseReviewer').length;
  const used = plan.placed.map((p) => p.stream.charCodeAt(0) - 64).filter((n) => n >= 1 && n <= LETTERS);
  const letters = Array.from({ length: Math.max(onSite?.streams ?? 1, ...used) }, (_, i) => String.fromCharCode(65 + i));

  const cell = (placed: PlacedSession | undefined): GridCell => {
    if (!placed) return { kind: 'empty' };
    const session = sessions.get(placed.sessionId);
    const { start, end } = placed;
    return { kind: 'session', id: placed.sessionId, title: session?.title ?? placed.sessionId, session, start, end, time: span(start, end), peers: placed.peers.map(peer) };
  };
  const bands = new Map<string, PlacedSession[]>();
  for (const placed of plan.placed) bands.set(placed.band.start, [...(bands.get(placed.band.start) ?? []), placed]);
  const bandRows = [...bands.values()].map((members): GridBand => {
    const { start, end } = members[0]!.band;
    return { kind: 'band', start, end, time: span(start, end), cells: letters.map((letter) => cell(members.find((p) => p.stream === letter))) };
  });
  const fixedRows = plan.fixed.map((item): GridFixed => ({
    kind: 'fixed',
    id: fixedItemId(item),
    item,
    time: span(item.start, item.end),
    allPeers: item.peers.length > 0 && item.peers.length === onSitePeers,
    peers: item.peers.map(peer),
    attendees: item.attendees.map(peer),
  }));
  const startOf = (row: GridRow) => (row.kind === 'band' ? row.start : row.item.start);
  // A fixed item first when it starts with a band: it is what the band was planned around.
  const rows = [...fixedRows, ...bandRows].sort((a, b) => startOf(a).localeCompare(startOf(b)) || (a.kind === b.kind ? 0 : a.kind === 'fixed' ? -1 : 1));
  const dateOf = (row: GridRow) => local(startOf(row)).toISODate()!;
  const dates = [...new Set([...(onSite?.days ?? []).map((d) => d.date), ...rows.map(dateOf)])].sort();
  return {
    streams: letters.map((letter) => `Team ${letter}`),
    days: dates.map((date) => ({ date, rows: rows.filter((row) => dateOf(row) === date) })),
  };
};
