import type { SendLimit } from '../../src/domain/outbox/index.js';

/** For each limit, the most sends found in any window of its length: what Teams would have counted. */
export const busiestWindows = (times: readonly number[], limits: readonly SendLimit[]): { count: number; most: number }[] => {
  const sorted = [...times].sort((a, b) => a - b);
  return limits.map(({ count, windowMs }) => {
    let most = 0;
    for (let i = 0, j = 0; j < sorted.length; j += 1) {
      while (sorted[j]! - sorted[i]! >= windowMs) i += 1;
      most = Math.max(most, j - i + 1);
    }
    return { count, most };
  });
};
