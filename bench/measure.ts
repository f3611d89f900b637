/** Timing and memory for the benchmark. */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs `work` `runs` times; the results of every run, and the median wall time in milliseconds. */
export const timed = <T>(work: () => T, runs: number): { results: T[]; medianMs: number } => {
  const results: T[] = [];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    results.push(work());
    times.push(performance.now() - began);
  }
  return { results, medianMs: median(times) };
};

const MB = 1024 * 1024;
/** The process's peak resident memory so far (the OS's high-water mark), in MB. */
export const peakRssMb = (): number => Math.round((process.resourceUsage().maxRSS * 1024) / MB);
export const heapUsedMb = (): number => Math.round(process.memoryUsage().heapUsed / MB);
