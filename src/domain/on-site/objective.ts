/**
 * What the on-site scheduler optimises (docs/on-site-rules.md, "What is best"), in this order:
 *
 * 1. Placed sessions weighted by priority (`sessionValue`): the one term the benchmark's exact model maximises
 *    too, so that "placed" and "optimum" compare. Of two layouts worth the same, the one placing more sessions.
 * 2. Themes matched: per session, the themes it shares with each of its peers (`themeMatcher`).
 * 3. Balanced workload: the sum over peers of the square of their minutes in bands, smaller being better
 *    (`balanceChange`).
 * 4. Site visits early: each visit costs `WEIGHTS.visitDay` minutes per day into the week.
 * 5. Idle time: the minutes between two bands on a day that no fixed item for all peers fills (`idleMinutes`).
 *
 * It is decided in two stages, so the soft terms are not one weighted sum. The layout (search.ts) fixes what runs
 * when: it maximises 1, then minimises `layoutScore`'s soft part, 4 plus 5 counted once per gap between a day's
 * bands (who waits in it is not known yet). The peers (peers.ts, peer-moves.ts) are then chosen for that layout,
 * on 2, then 3, then 5 counted per peer (`crewGains`). So a visit early in the week never gives way to themes.
 * A weight set to 0 switches its preference off; test/unit/on-site-objective.test.ts fails for each.
 */
import type { Span } from '../shared/index.js';
import type { Layout } from './layout.js';
import type { OnSiteModel } from './model.js';
import type { OnSiteSession } from './on-site.js';

export const WEIGHTS = {
  /** Per theme a session shares with one of its peers. */
  themes: 1,
  /** Per unit of the sum of squared minutes in bands. */
  balance: 1,
  /** Minutes a site visit costs per day into the week: an hour a day, as the manual puts visits on day 1. */
  visitDay: 60,
  /** Per idle minute. */
  idle: 1,
} as const;

/**
 * How the greedy placement (layout.ts, `bestOption`) prices a spot, in minutes of band time, besides the minutes a
 * band grows and the visit's day: not the objective, these only steer the construction the search then improves.
 */
export const PLACEMENT = {
  /** Per minute of a longer band that a session joining it leaves unused: its peers wait or swap. */
  unusedBand: 0.05,
  /** Per minute of gap a new band leaves before it: a gap becomes idle time. */
  gapBefore: 0.1,
  /** Per day into the week, for any session: of two equal spots, the earlier day, so the end of the week stays free. */
  laterDay: 1e-3,
  /** Per minute into the day: of two equal spots, the earlier start. */
  laterStart: 1e-4,
} as const;

/** Soft costs are sums of fractions: closer than this is a tie, not a gain. */
const TIE = 1e-9;
const MINUTE = 60_000;

export const sessionValue = (session: Pick<OnSiteSession, 'priority'>): number => session.priority;

/** A layout's worth: `value` and `count` of the placed sessions (1), then its `soft` cost (4 and 5), lower better. */
export interface LayoutScore {
  value: number;
  count: number;
  soft: number;
}

export const layoutScore = (model: OnSiteModel, layout: Layout): LayoutScore => {
  let value = 0;
  let count = 0;
  let soft = 0;
  layout.forEach((bands, day) => {
    soft += WEIGHTS.idle * idleMinutes(bands, model.days[day]!.closed);
    bands.forEach((band) => {
      for (const m of band.members) {
        const s = model.sessions[m]!;
        value += sessionValue(s.session);
        count += 1;
        if (s.session.kind === 'siteVisit') soft += WEIGHTS.visitDay * day;
      }
    });
  });
  return { value, count, soft };
};

export const betterLayout = (a: LayoutScore, b: LayoutScore): boolean =>
  a.value !== b.value ? a.value > b.value : a.count !== b.count ? a.count > b.count : a.soft < b.soft - TIE;

/** Idle minutes in one day of bands: the time between them, less the fixed items for all peers in it. */
export const idleMinutes = (bands: readonly Span[], closed: readonly Span[]): number => {
  const sorted = [...bands].sort((a, b) => a.start - b.start);
  let idle = 0;
  for (let i = 1; i < sorted.length; i++) {
    const [from, to] = [sorted[i - 1]!.end, sorted[i]!.start];
    idle += to - from - closed.reduce((n, c) => n + Math.max(0, Math.min(c.end, to) - Math.max(c.start, from)), 0);
  }
  return idle / MINUTE;
};

/** The themes term of a peer on a session (indexes into model.sessions). */
export const themeMatcher = (model: OnSiteModel): ((peer: string, session: number) => number) => {
  const themes = new Map(model.review.peers.map((p) => [p.email, new Set(p.themes)]));
  return (peer, session) => WEIGHTS.themes * model.sessions[session]!.session.themes.filter((t) => themes.get(peer)?.has(t)).length;
};

/** The change in the balance term when `minutes` of band time pass from a peer with load `from` to one with `to`. */
export const balanceChange = (minutes: number, from: number, to: number): number => WEIGHTS.balance * 2 * minutes * (minutes + to - from);

/**
 * Whether a change of peers gains: themes rise, or else balance improves, or else idle time falls, never losing on
 * an earlier one. `idle` is a function because it is costly to work out, so it is asked last.
 */
export const crewGains = (themes: number, balance: number, idle: () => number): boolean =>
  themes > 0 || (themes === 0 && (balance < 0 || (balance === 0 && WEIGHTS.idle * idle() < 0)));
