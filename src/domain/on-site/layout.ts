/**
 * A layout of bands (per day, sorted by start, never overlapping) holding sessions, and the one move everything
 * else is built from: put a session where it costs least, by joining a band or opening a new one. A band is as
 * long as its longest block; peers are not chosen here, only counted, because a band's peers are free for the
 * whole band and bands never overlap, so peers chosen per band can never clash (peers.ts chooses them).
 */
import { clash, type Span } from '../shared/index.js';
import { GRID_MINUTES } from './on-site.js';
import type { ModelSession, OnSiteModel } from './model.js';
import { PLACEMENT, WEIGHTS } from './objective.js';

export interface Band {
  start: number;
  end: number;
  /** Indexes into model.sessions. */
  members: number[];
}

export type Layout = Band[][];

const MINUTE = 60_000;

export const cloneLayout = (layout: Layout): Layout => layout.map((day) => day.map((b) => ({ ...b, members: [...b.members] })));

/** Can these sessions share this band: streams left, nobody twice, enough free peers for all of them? */
const fitsBand = (model: OnSiteModel, day: number, band: Span, members: readonly ModelSession[]): boolean => {
  if (members.length > model.capacity(day, band)) return false;
  const attendees = new Set<string>();
  for (const m of members) {
    for (const a of m.session.attendees) {
      if (attendees.has(a)) return false;
      attendees.add(a);
    }
  }
  const peers = model.freePeers(day, band).filter((p) => !attendees.has(p)).length;
  return members.reduce((n, m) => n + m.session.peers, 0) <= peers;
};

/** The band's end with `s` in it, or undefined when `s` cannot join. */
export const joinEnd = (model: OnSiteModel, layout: Layout, day: number, position: number, s: number): number | undefined => {
  const bands = layout[day]!;
  const band = bands[position]!;
  const session = model.sessions[s]!;
  const index = Math.round((band.start - model.days[day]!.window.start) / (GRID_MINUTES * MINUTE));
  if (!session.opens[day]![index]) return undefined;
  if (band.members.length >= model.streams) return undefined;
  const end = Math.max(band.end, band.start + session.block);
  if (end > band.end) {
    const next = bands[position + 1];
    if ((next && next.start < end) || model.days[day]!.closed.some((c) => clash(c, { start: band.start, end }))) return undefined;
  }
  const members = [...band.members, s].map((m) => model.sessions[m]!);
  return fitsBand(model, day, { start: band.start, end }, members) ? end : undefined;
};

/** Can `s` open a new band at grid start `index`? (opens[] already checked the day, attendees and peers.) */
export const canOpen = (model: OnSiteModel, layout: Layout, day: number, index: number, s: number): boolean => {
  const session = model.sessions[s]!;
  if (!session.opens[day]![index]) return false;
  const start = model.days[day]!.starts[index]!;
  const span = { start, end: start + session.block };
  return !layout[day]!.some((b) => clash(b, span));
};

export interface Option {
  day: number;
  /** A band's position in its day, or a grid index for a new band. */
  at: number;
  join: boolean;
  cost: number;
}

/**
 * The cheapest place for `s`: joining a band costs the minutes it lengthens the band, opening one costs its
 * length, a site visit its day (WEIGHTS.visitDay), plus the small PLACEMENT costs (objective.ts). `skip` lets the
 * search ignore some options at random.
 */
export const bestOption = (model: OnSiteModel, layout: Layout, s: number, skip?: () => boolean): Option | undefined => {
  const session = model.sessions[s]!;
  let best: Option | undefined;
  const consider = (option: Option) => {
    if (skip?.()) return;
    if (!best || option.cost < best.cost) best = option;
  };
  model.days.forEach((modelDay, day) => {
    if (session.session.date && session.session.date !== modelDay.date) return;
    const dayCost = (session.session.kind === 'siteVisit' ? WEIGHTS.visitDay : 0) * day + day * PLACEMENT.laterDay;
    const bands = layout[day]!;
    bands.forEach((band, position) => {
      const end = joinEnd(model, layout, day, position, s);
      if (end === undefined) return;
      const waste = band.start + session.block < end ? (end - band.start - session.block) / MINUTE : 0;
      consider({ day, at: position, join: true, cost: (end - band.end) / MINUTE + PLACEMENT.unusedBand * waste + dayCost });
    });
    modelDay.starts.forEach((start, index) => {
      if (!canOpen(model, layout, day, index, s)) return;
      let before = modelDay.window.start;
      for (const b of [...bands, ...modelDay.closed]) if (b.end <= start && b.end > before) before = b.end;
      const gap = (start - before) / MINUTE;
      consider({ day, at: index, join: false, cost: session.block / MINUTE + PLACEMENT.gapBefore * gap + dayCost + ((start - modelDay.window.start) / MINUTE) * PLACEMENT.laterStart });
    });
  });
  return best;
};

export const apply = (model: OnSiteModel, layout: Layout, s: number, option: Option): void => {
  const bands = layout[option.day]!;
  if (option.join) {
    const band = bands[option.at]!;
    band.members.push(s);
    band.end = Math.max(band.end, band.start + model.sessions[s]!.block);
    return;
  }
  const start = model.days[option.day]!.starts[option.at]!;
  bands.push({ start, end: start + model.sessions[s]!.block, members: [s] });
  bands.sort((a, b) => a.start - b.start);
};

/** Takes sessions out; empty bands go, the others shrink to their longest remaining block. */
export const remove = (model: OnSiteModel, layout: Layout, sessions: ReadonlySet<number>): void => {
  layout.forEach((bands, day) => {
    const kept = bands
      .map((b) => ({ ...b, members: b.members.filter((m) => !sessions.has(m)) }))
      .filter((b) => b.members.length > 0)
      .map((b) => ({ ...b, end: b.start + Math.max(...b.members.map((m) => model.sessions[m]!.block)) }));
    layout[day] = kept;
  });
};

export const placedSessions = (layout: Layout): Set<number> => new Set(layout.flatMap((day) => day.flatMap((b) => b.members)));
