/** What to say about a key the review file does not know: the known key it was most likely meant to be. */

/**
 * Edits from one key to another, where swapping two neighbouring letters is one edit, as in `nmae` for `name`
 * (the optimal string alignment distance). Keys are short, so a full table is cheap.
 */
const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
};

/**
 * The known key nearest to `key`, if it is near enough to be a slip: at most one edit in three letters, so
 * `priorty` suggests `priority` but `colour` suggests nothing. Case is ignored, as `Priority` is a slip too.
 */
export const nearestKey = (key: string, known: readonly string[]): string | undefined => {
  const scored = known.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? best.k : undefined;
};

/** `notKnown` says what the key is not, e.g. "is not a field". */
export const unknownKey = (key: string, known: readonly string[], notKnown: string): string => {
  const near = nearestKey(key, known);
  return near ? `${notKnown}; did you mean ${near}?` : `${notKnown} (${known.join(', ')})`;
};
