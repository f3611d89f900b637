/**
 * The exact optimum of "placed sessions weighted by priority" (sessionValue, the first term of the scheduler's
 * objective in src/domain/on-site/objective.ts) under docs/on-site-rules.md, as a MIP solved by HiGHS (CPLEX LP
 * text). Variables: x(s,d,t) session s opens at grid start t of day d; y(d,t,L) a band of length L opens there.
 * Because a band never overlaps another and every session in it starts with it, and because a peer must be free
 * for the whole band, the peers free for a band are interchangeable within it: counting them per band is exact,
 * and so the model needs no variable per peer.
 */
import { createRequire } from 'node:module';
import type { Highs } from 'highs';
import { sessionValue } from '../src/domain/on-site/index.js';
import { candidates, type Candidates, type ExactInput } from './exact-candidates.js';

export interface ExactResult {
  /** The best programme found: the sum of the priorities of the sessions it places. */
  value: number;
  /** Sessions it places. */
  placed: number;
  /** HiGHS's proven upper bound on the optimum (rounded down: priorities are whole numbers). */
  bound: number;
  /** value === bound: the optimum is proven. */
  optimal: boolean;
  ms: number;
  columns: number;
  rows: number;
  /** Session id → the band start (epoch ms) the best programme found gives it. */
  starts: Map<string, number>;
}

type Term = [coefficient: number, variable: string];

/** One side of a constraint in LP syntax, broken into lines of a dozen terms. */
const line = (terms: Term[]): string => {
  const parts = terms.map(([c, v], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${Math.abs(c) === 1 ? '' : `${Math.abs(c)} `}${v}`);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
  return lines.join('\n  ');
};

const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
};

/** The LP text and, per x variable, its session and start. */
export const exactModelText = (c: Candidates): { text: string; columns: number; rows: number; xs: Map<string, [string, number]> } => {
  const objective: Term[] = [];
  const constraints: Term[][] = [];
  const bounds: number[] = [];
  const add = (terms: Term[], rhs: number) => {
    constraints.push(terms);
    bounds.push(rhs);
  };
  const xs = new Map<string, [string, number]>();
  const at = new Map<string, { s: (typeof c.sessions)[number]; x: string }[]>();
  c.sessions.forEach((s, si) => {
    const value = sessionValue(s);
    if (value <= 0) return;
    const own = s.starts.map(([d, t]) => {
      const x = `x${si}_${d}_${t}`;
      xs.set(x, [s.id, c.starts[d]![t]!]);
      objective.push([value, x]);
      push(at, `${d}:${t}`, { s, x });
      return [1, x] as Term;
    });
    if (own.length > 1) add(own, 1);
  });
  const ys: string[] = [];
  const covering = new Map<string, Term[]>();
  const attendeeCover = new Map<string, Term[]>();
  for (const [key, here] of at) {
    const [d, t] = key.split(':').map(Number) as [number, number];
    const classes = [...new Set(here.map((h) => h.s.length))].sort((a, b) => a - b);
    const yHere = classes.flatMap((l) => {
      const band = c.band(d, t, l);
      if (!band || band.streams < 1) return [];
      const y = `y${d}_${t}_${l}`;
      ys.push(y);
      const end = c.starts[d]![t]! + c.lengths[l]!;
      c.starts[d]!.forEach((g, gi) => {
        if (g >= c.starts[d]![t]! && g < end) push(covering, `${d}:${gi}`, [1, y] as Term);
      });
      return [{ l, y, ...band }];
    });
    for (const l of classes) {
      const sessions = here.filter((h) => h.s.length >= l);
      const bands = yHere.filter((b) => b.l >= l);
      add([...sessions.map((h): Term => [1, h.x]), ...bands.map((b): Term => [-b.streams, b.y])], 0);
      if (sessions.some((h) => h.s.peers > 0)) {
        add([...sessions.filter((h) => h.s.peers > 0).map((h): Term => [h.s.peers, h.x]), ...bands.filter((b) => b.peers > 0).map((b): Term => [-b.peers, b.y])], 0);
      }
    }
    // An attendee's sessions may not cover the same grid point: stronger than "once a band", and as exact.
    for (const h of here) {
      const end = c.starts[d]![t]! + c.lengths[h.s.length]!;
      c.starts[d]!.forEach((g, gi) => {
        if (g < c.starts[d]![t]! || g >= end) return;
        for (const a of h.s.attendees) push(attendeeCover, `${a}:${d}:${gi}`, [1, h.x] as Term);
      });
    }
  }
  for (const terms of attendeeCover.values()) if (terms.length > 1) add(terms, 1);
  for (const terms of covering.values()) if (terms.length > 1) add(terms, 1);
  const text = [
    'Maximize',
    ` obj: ${objective.length > 0 ? line(objective) : '0 empty'}`,
    'Subject To',
    ...constraints.map((terms, i) => ` c${i}: ${line(terms)} <= ${bounds[i]}`),
    ...(objective.length === 0 ? [' c_empty: empty <= 0'] : []),
    'Binary',
    ...[...xs.keys(), ...ys, ...(objective.length === 0 ? ['empty'] : [])].map((v) => ` ${v}`),
    'End',
  ].join('\n');
  return { text, columns: xs.size + ys.length, rows: constraints.length, xs };
};

// highs is CommonJS whose types declare an ES default export; require() gives the loader itself.
const loadHighs = createRequire(import.meta.url)('highs') as () => Promise<Highs>;
let highs: Highs | undefined;

export const solveExact = async (input: ExactInput, timeLimitSeconds = 120): Promise<ExactResult> => {
  highs ??= await loadHighs();
  const began = performance.now();
  const c = candidates(input);
  const model = exactModelText(c);
  const integral = c.sessions.every((s) => Number.isInteger(sessionValue(s)));
  const result = highs.withModel({ format: 'lp', data: model.text }, (m) => {
    // With whole-number priorities a gap under 1 proves the optimum.
    m.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, ...(integral ? { mip_abs_gap: 0.999 } : {}) });
    m.run();
    const values = m.getSolution().colValue;
    const starts = new Map<string, number>();
    values.forEach((v, i) => {
      const chosen = v > 0.5 ? model.xs.get(m.getColName(i)) : undefined;
      if (chosen) starts.set(...chosen);
    });
    return { value: m.getObjectiveValue(), bound: Number(m.info.get('mip_dual_bound')), starts };
  });
  const value = Math.round(result.value);
  const bound = integral ? Math.floor(result.bound + 1e-6) : result.bound;
  return {
    value,
    placed: result.starts.size,
    bound: Math.max(bound, value),
    optimal: bound <= value,
    ms: performance.now() - began,
    columns: model.columns,
    rows: model.rows,
    starts: result.starts,
  };
};
