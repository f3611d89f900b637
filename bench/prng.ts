/** A small seeded PRNG (mulberry32), so generated instances are the same on every machine and every run. */
export interface Prng {
  /** In [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given (unnormalised) weights. */
  weighted(weights: readonly number[]): number;
  /** `count` distinct items, in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export const prng = (seed: number): Prng => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const weighted = (weights: readonly number[]): number => {
    let r = next() * weights.reduce((a, b) => a + b, 0);
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r < 0) return i;
    }
    return weights.length - 1;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
    return chosen;
  };
  return { next, int, chance: (p) => next() < p, pick: (items) => items[int(0, items.length - 1)]!, weighted, sample };
};
