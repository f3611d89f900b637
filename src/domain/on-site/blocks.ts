/**
 * What stops an unplaced session at each start it could have had: one cause per start, the first a person would
 * check (the day, the attendees' calendars, the peers, then the sessions already placed), so that on-site-reasons.ts
 * can name the most common one.
 */
import { clash, type Span } from '../shared/index.js';
import type { Band, Layout } from './layout.js';
import { meetingSpan, type OnSiteModel } from './model.js';

export type Block =
  /** The band would run past the end of the day. */
  | { kind: 'window' }
  /** It overlaps a fixed item that holds every peer (a presentation, lunch). */
  | { kind: 'closed' }
  /** These attendees are busy (calendar, file or a fixed item) during the time with them. */
  | { kind: 'busy'; people: string[] }
  /** Too few eligible peers are free for the whole band, other sessions aside. */
  | { kind: 'peers' }
  /** An attendee is already in these placed sessions then. */
  | { kind: 'attendee'; person: string; sessions: number[] }
  /** Every stream is taken: by this many sessions and these fixed items. */
  | { kind: 'full'; sessions: number; fixed: string[] }
  /** The peers free then already run the sessions of the band. */
  | { kind: 'peersUsed' }
  /** It would overlap bands that start at other times and cannot take it. */
  | { kind: 'gap' }
  /** Nothing stops it: the search missed this place. */
  | { kind: 'open' };

export interface Candidate {
  day: number;
  start: number;
  /** The session is pinned to another day (`block` says what else would stop it). */
  pinned: boolean;
  block: Block;
}

/** Every grid start of every day with what blocks the session there. */
export const candidates = (model: OnSiteModel, layout: Layout, s: number): Candidate[] => {
  const date = model.sessions[s]!.session.date;
  return model.days.flatMap((day, d) =>
    day.starts.map((start) => ({ day: d, start, pinned: !!date && date !== day.date, block: blockAt(model, layout, s, d, start) })),
  );
};

const blockAt = (model: OnSiteModel, layout: Layout, s: number, day: number, start: number): Block => {
  const session = model.sessions[s]!;
  const { attendees } = session.session;
  const modelDay = model.days[day]!;
  const span: Span = { start, end: start + session.block };
  if (span.end > modelDay.window.end) return { kind: 'window' };
  if (modelDay.closed.some((c) => clash(c, span))) return { kind: 'closed' };
  const meeting = meetingSpan(session, start);
  const busy = attendees.filter((a) => !model.free(a, meeting));
  if (busy.length > 0) return { kind: 'busy', people: busy };
  if (model.freePeers(day, span).filter((p) => !attendees.includes(p)).length < session.session.peers) return { kind: 'peers' };

  const bands = layout[day]!.filter((b) => clash(b, span));
  if (bands.length === 0) return model.capacity(day, span) < 1 ? full(model, span, 0) : { kind: 'open' };
  const taken = attendeeTaken(model, bands, s, start);
  if (taken) return taken;
  const own = bands.length === 1 && bands[0]!.start === start ? bands[0]! : undefined;
  if (own) {
    // Joining the band at this start: it grows to the longer block; nothing else clashes, or it would be in `bands`.
    const grown = { start, end: Math.max(own.end, span.end) };
    if (own.members.length >= model.capacity(day, grown)) return full(model, grown, own.members.length);
    return peersShort(model, day, grown, grown, [...own.members, s]) ? { kind: 'peersUsed' } : { kind: 'open' };
  }
  const fullBand = bands.find((b) => b.members.length >= model.capacity(day, b));
  if (fullBand) return full(model, fullBand, fullBand.members.length);
  return bands.some((b) => peersShort(model, day, b, span, [...b.members, s])) ? { kind: 'peersUsed' } : { kind: 'gap' };
};

/** The first attendee (in the session's order) who is in a band there: in the same band, or at the same time. */
const attendeeTaken = (model: OnSiteModel, bands: Band[], s: number, start: number): Block | undefined => {
  const session = model.sessions[s]!;
  const meeting = meetingSpan(session, start);
  for (const person of session.session.attendees) {
    const sessions = bands.flatMap((b) =>
      b.members.filter((m) => {
        const other = model.sessions[m]!;
        return other.session.attendees.includes(person) && (b.start === start || clash(meetingSpan(other, b.start), meeting));
      }),
    );
    if (sessions.length > 0) return { kind: 'attendee', person, sessions };
  }
  return undefined;
};

const full = (model: OnSiteModel, span: Span, sessions: number): Block => {
  const fixed = model.fixed.filter((f) => !f.item.allPeers && clash(f.span, span)).map((f) => f.item.title);
  return { kind: 'full', sessions, fixed };
};

/**
 * Too few peers for the band's sessions and this one, counting attendees out: the band's sessions draw on peers
 * free for the band, this one on peers free for its own span, so together they need that many in the union.
 */
const peersShort = (model: OnSiteModel, day: number, band: Span, own: Span, members: number[]): boolean => {
  const attendees = new Set(members.flatMap((m) => model.sessions[m]!.session.attendees));
  const pool = new Set([...model.freePeers(day, band), ...model.freePeers(day, own)].filter((p) => !attendees.has(p)));
  return pool.size < members.reduce((n, m) => n + model.sessions[m]!.session.peers, 0);
};
