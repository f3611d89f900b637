/**
 * Finds a layout: a greedy construction (most valuable, then most constrained, sessions first, each where it
 * costs least), then ruin and recreate (take out a stretch of bands or a few sessions, put everything back
 * greedily in a slightly shaken order) for a fixed number of rounds with a seeded PRNG, so the same input always
 * gives the same layout. The first rounds chase placed sessions (weighted by priority) and stop at the upper
 * bound; the last rounds only tidy (site visits early, fewer gaps) without losing a session. What "better" means is
 * objective.ts.
 */
import { clash } from '../shared/index.js';
import { apply, bestOption, cloneLayout, placedSessions, remove, type Layout } from './layout.js';
import type { OnSiteModel } from './model.js';
import { betterLayout, layoutScore, sessionValue } from './objective.js';

export interface Budget {
  /** Rounds that may place more sessions. */
  place: number;
  /** Rounds that only improve the soft preferences. */
  tidy: number;
}

export const DEFAULT_BUDGET: Budget = { place: 2000, tidy: 300 };

const SEED = 20260203;
const BLINK = 0.03;

/** mulberry32: small, fast and good enough to shake a search; seeded so runs repeat exactly. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const searchLayout = (model: OnSiteModel, budget: Budget = DEFAULT_BUDGET): Layout => {
  const random = prng(SEED);
  /** Most valuable first; by value per minute when `dense` (a full week), by value alone otherwise. */
  const order = (ids: number[], dense: boolean) =>
    ids.sort((a, b) => {
      const [x, y] = [model.sessions[a]!, model.sessions[b]!];
      const value = dense ? sessionValue(y.session) / y.block - sessionValue(x.session) / x.block : sessionValue(y.session) - sessionValue(x.session);
      return value || x.options - y.options || y.block - x.block || a - b;
    });
  const placeable = model.sessions.map((s, i) => (s.options > 0 ? i : -1)).filter((i) => i >= 0);
  const bound = placeable.reduce((n, i) => n + sessionValue(model.sessions[i]!.session), 0);
  const recreate = (layout: Layout, ids: number[], shake: boolean, dense = shake && random() < 0.5) => {
    const sorted = order(ids, dense);
    if (shake) for (let i = 1; i < sorted.length; i++) if (random() < 0.2) [sorted[i - 1], sorted[i]] = [sorted[i]!, sorted[i - 1]!];
    for (const s of sorted) {
      const option = bestOption(model, layout, s, shake ? () => random() < BLINK : undefined);
      if (option) apply(model, layout, s, option);
    }
  };

  const starts = [false, true].map((dense) => {
    const layout: Layout = model.days.map(() => []);
    recreate(layout, [...placeable], false, dense);
    return { layout, score: layoutScore(model, layout) };
  });
  const first = betterLayout(starts[1]!.score, starts[0]!.score) ? starts[1]! : starts[0]!;
  let current = first.layout;
  let currentScore = first.score;
  let best = current;
  let bestScore = currentScore;
  const rounds = (count: number, tidy: boolean) => {
    for (let round = 0; round < count; round++) {
      if (!tidy && bestScore.value >= bound && bestScore.count >= placeable.length) return;
      const candidate = cloneLayout(current);
      const placed = placedSessions(candidate);
      const out = ruin(model, candidate, placed, placeable, random);
      if (out.size === 0) continue;
      remove(model, candidate, out);
      const after = placedSessions(candidate);
      recreate(candidate, placeable.filter((s) => !after.has(s)), true);
      const candidateScore = layoutScore(model, candidate);
      // Early rounds may step one unit down, to leave a local optimum; later rounds never lose value.
      const slack = round < count / 2 ? 1 : 0;
      const keeps = candidateScore.value >= bestScore.value - slack && (candidateScore.value > currentScore.value || candidateScore.count >= currentScore.count - slack);
      if (tidy ? betterLayout(candidateScore, currentScore) : keeps) [current, currentScore] = [candidate, candidateScore];
      if (betterLayout(currentScore, bestScore)) [best, bestScore] = [current, currentScore];
    }
  };
  rounds(budget.place, false);
  [current, currentScore] = [best, bestScore];
  rounds(budget.tidy, true);
  return best;
};

/** Which sessions to take out: a run of bands, a few sessions, or the bands in the way of an unplaced session. */
const ruin = (model: OnSiteModel, layout: Layout, placed: Set<number>, placeable: number[], random: () => number): Set<number> => {
  const out = new Set<number>();
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const unplaced = placeable.filter((s) => !placed.has(s));
  const roll = random();
  if (roll < 0.35 && unplaced.length > 0) {
    const s = model.sessions[pick(unplaced)!]!;
    const spots = s.opens.flatMap((row, day) => [...row].flatMap((ok, i) => (ok ? [[day, i] as const] : [])));
    const spot = pick(spots);
    if (!spot) return out;
    const start = model.days[spot[0]]!.starts[spot[1]]!;
    const span = { start, end: start + s.block };
    for (const band of layout[spot[0]]!) if (clash(band, span)) band.members.forEach((m) => out.add(m));
  } else if (roll < 0.75) {
    const days = layout.map((bands, day) => (bands.length > 0 ? day : -1)).filter((d) => d >= 0);
    const day = pick(days);
    if (day === undefined) return out;
    const bands = layout[day]!;
    const first = Math.floor(random() * bands.length);
    const length = 1 + Math.floor(random() * 3);
    for (const band of bands.slice(first, first + length)) band.members.forEach((m) => out.add(m));
  } else {
    const all = [...placed];
    const count = 1 + Math.floor(random() * 3);
    for (let i = 0; i < count && all.length > 0; i++) out.add(pick(all)!);
  }
  return out;
};
