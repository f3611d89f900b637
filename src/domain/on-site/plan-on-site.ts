/**
 * Plans the on-site week (docs/on-site-rules.md): fixed items as given, then every session it can fit into bands
 * of parallel sessions, most valuable first, with peers whose themes match. The search is deterministic: a
 * greedy construction and seeded ruin-and-recreate rounds (search.ts), so the same review gives the same
 * plan, whatever the order of its sessions.
 */
import { DateTime } from 'luxon';
import { readOnSite } from './read-on-site.js';
import { onSiteCoverage } from './coverage.js';
import { buildModel, eligiblePeers, fixedItems, type OnSiteModel } from './model.js';
import { assignPeers } from './peers.js';
import { whyNotPlaced } from './reasons.js';
import { DEFAULT_BUDGET, searchLayout, type Budget } from './search.js';
import type { HeldSession, OnSite, OnSitePlan, PlacedFixed, PlacedSession } from './on-site.js';
import type { BusyByPerson, Review } from '../shared/index.js';

export type { Budget } from './search.js';

const iso = (millis: number): string => DateTime.fromMillis(millis, { zone: 'utc' }).toISO()!;

/** The fixed items of the week as given (daily ones on every day), with every on-site peer at allPeers items. */
export const placeFixed = (review: Review, onSite: OnSite): PlacedFixed[] => {
  const peers = eligiblePeers(review);
  return fixedItems(onSite, review.timeZone).map(({ item, span }) => ({
    title: item.title,
    kind: item.kind,
    start: iso(span.start),
    end: iso(span.end),
    peers: item.allPeers ? peers : [],
    attendees: item.attendees,
    ...(item.location ? { location: item.location } : {}),
  }));
};

/** `held`: sessions booked earlier, each keeping a stream at its time (their people's time is in `busy`). */
export const planOnSite = (review: Review, busy: BusyByPerson, held: readonly HeldSession[] = [], budget: Budget = DEFAULT_BUDGET): OnSitePlan => {
  const onSite = readOnSite(review);
  if (!onSite) return { placed: [], fixed: [], unplaced: [], coverage: onSiteCoverage(review, { days: [], streams: 0, fixed: [], sessions: [] }, new Set()) };
  const model = buildModel(review, onSite, busy, held);
  const layout = searchLayout(model, budget);
  const placed = assignPeers(model, layout).map((c): PlacedSession => {
    const s = model.sessions[c.session]!;
    const start = c.band.start + s.travel;
    return {
      sessionId: s.session.id,
      start: iso(start),
      end: iso(start + s.minutes),
      band: { start: iso(c.band.start), end: iso(c.band.end) },
      stream: c.stream,
      peers: c.peers,
    };
  });
  placed.sort((a, b) => a.band.start.localeCompare(b.band.start) || a.stream.localeCompare(b.stream));
  const placedIds = new Set(placed.map((p) => p.sessionId));
  return {
    placed,
    fixed: placeFixed(review, onSite),
    unplaced: unplacedOf(model, layout, placedIds),
    coverage: onSiteCoverage(review, onSite, placedIds),
  };
};

const unplacedOf = (model: OnSiteModel, layout: Parameters<typeof whyNotPlaced>[1], placedIds: Set<string>) =>
  model.sessions.flatMap((s, i) => (placedIds.has(s.session.id) ? [] : [{ sessionId: s.session.id, reason: whyNotPlaced(model, layout, i) }]));
