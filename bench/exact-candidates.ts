/**
 * What the exact model may choose from, worked out from the rules (docs/on-site-rules.md) on their own,
 * independently of the scheduler: band starts on each day's grid, the band lengths worth trying (the distinct
 * session blocks: a band longer than its longest block never helps), and where each session could start.
 */
import { DateTime } from 'luxon';
import { localToUtc } from '../src/domain/shared/intervals.js';
import { GRID_MINUTES, type OnSite } from '../src/domain/on-site/on-site.js';
import type { BusyByPerson, Review } from '../src/domain/shared/review.js';

export interface ExactInput {
  review: Review;
  onSite: OnSite;
  busy: BusyByPerson;
}

interface Span {
  start: number;
  end: number;
}

export interface CandidateSession {
  id: string;
  priority: number;
  peers: number;
  attendees: string[];
  /** Index into `lengths` of this session's block. */
  length: number;
  /** [day, start index] pairs where the session may open a band of its own block's length. */
  starts: [number, number][];
}

export interface Candidates {
  /** Per day, the band starts in epoch milliseconds. */
  starts: number[][];
  /** Distinct block lengths in milliseconds, ascending. */
  lengths: number[];
  /**
   * Per day, start and length index: streams left and peers free for the whole band, or undefined where no
   * band may go (past the day's end, or over a fixed item that holds every peer).
   */
  band: (day: number, start: number, length: number) => { streams: number; peers: number } | undefined;
  sessions: CandidateSession[];
  /** Emails of the peers free for the whole of a span (epoch ms). */
  freePeers: (start: number, end: number) => string[];
}

const MINUTE = 60_000;
const ms = (iso: string): number => DateTime.fromISO(iso, { zone: 'utc' }).toMillis();
const clash = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const candidates = ({ review, onSite, busy }: ExactInput): Candidates => {
  const zone = review.timeZone;
  const at = (date: string, hhmm: string): number => ms(localToUtc(`${date}T${hhmm}`, zone));
  const peers = review.peers.filter((p) => p.role !== 'caseReviewer').map((p) => p.email.toLowerCase());
  const peerSet = new Set(peers);
  const busySpans = new Map<string, Span[]>();
  const addBusy = (email: string, span: Span) => busySpans.set(email, [...(busySpans.get(email) ?? []), span]);
  for (const [email, intervals] of busy) for (const i of intervals) addBusy(email.toLowerCase(), { start: ms(i.start), end: ms(i.end) });
  const fixed = onSite.fixed.flatMap((item) =>
    (item.daily ? onSite.days.map((d) => d.date) : [item.date!]).map((date) => ({ item, span: { start: at(date, item.start), end: at(date, item.end) } })),
  );
  for (const { item, span } of fixed) for (const email of new Set([...item.attendees, ...(item.allPeers ? peers : [])])) addBusy(email, span);
  const free = (email: string, span: Span) => !(busySpans.get(email) ?? []).some((b) => clash(b, span));

  const windows = onSite.days.map((d) => ({ start: at(d.date, d.start), end: at(d.date, d.end) }));
  const starts = windows.map((w) => {
    const list: number[] = [];
    for (let t = w.start; t < w.end; t += GRID_MINUTES * MINUTE) list.push(t);
    return list;
  });
  const blockOf = (s: OnSite['sessions'][number]) => (2 * s.travelMinutes + s.minutes) * MINUTE;
  const lengths = [...new Set(onSite.sessions.map(blockOf))].sort((a, b) => a - b);

  const bands = new Map<string, { streams: number; peers: number } | undefined>();
  const band = (day: number, start: number, length: number) => {
    const key = `${day}:${start}:${length}`;
    if (bands.has(key)) return bands.get(key);
    const span = { start: starts[day]![start]!, end: starts[day]![start]! + lengths[length]! };
    const overlapping = fixed.filter((f) => clash(f.span, span));
    const open = span.end <= windows[day]!.end && !overlapping.some((f) => f.item.allPeers);
    const value = open ? { streams: onSite.streams - overlapping.length, peers: peers.filter((p) => free(p, span)).length } : undefined;
    bands.set(key, value);
    return value;
  };

  const sessions = onSite.sessions.map((s): CandidateSession => {
    const peerAttendees = s.attendees.filter((a) => peerSet.has(a.toLowerCase()));
    if (peerAttendees.length > 0) throw new Error(`The exact model does not handle peers attending sessions (${s.id}: ${peerAttendees.join(', ')})`);
    const length = lengths.indexOf(blockOf(s));
    const open: [number, number][] = [];
    onSite.days.forEach((d, day) => {
      if (s.date && s.date !== d.date) return;
      starts[day]!.forEach((t, i) => {
        const room = band(day, i, length);
        const meeting = { start: t + s.travelMinutes * MINUTE, end: t + (s.travelMinutes + s.minutes) * MINUTE };
        if (room && room.streams >= 1 && room.peers >= s.peers && s.attendees.every((a) => free(a.toLowerCase(), meeting))) open.push([day, i]);
      });
    });
    return { id: s.id, priority: s.priority, peers: s.peers, attendees: s.attendees.map((a) => a.toLowerCase()), length, starts: open };
  });
  return { starts, lengths, band, sessions, freePeers: (start, end) => peers.filter((p) => free(p, { start, end })) };
};
