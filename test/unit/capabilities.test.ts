/** The house's shape, checked mechanically: a folder per capability, each entered only through its index. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|mjs)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
const sources = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const relativeImports = (path: string, text: string) =>
  [...text.matchAll(/(?:from\s+|import\(\s*)'(\.[^']+)'/g)].map((m) => posix.normalize(posix.join(posix.dirname(path), m[1]!)));

/** `domain/on-site/` for a file in a capability folder of domain, services or cards; else undefined. */
const capabilityOf = (path: string) => /^(domain|services|cards)\/[^/]+\//.exec(path)?.[0];

describe('a folder per capability', () => {
  it('other folders import a capability of domain, services or cards only through its index', () => {
    const reachingIn = sources.flatMap((s) =>
      relativeImports(s.path, s.text)
        .filter((target) => {
          const capability = capabilityOf(target);
          return capability && capability !== capabilityOf(s.path) && !/^index\.(js|ts)$/.test(target.slice(capability.length));
        })
        .map((target) => `${s.path} imports ${target}`),
    );
    expect(reachingIn).toEqual([]);
  });

  it('every capability folder has an index.ts, its public face', () => {
    const folders = [...new Set(sources.map((s) => capabilityOf(s.path)).filter((c): c is string => c !== undefined))];
    const missing = folders.filter((folder) => !sources.some((s) => s.path === `${folder}index.ts`));
    expect(folders.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });

  it('no folder of src/ holds more than 15 files directly', () => {
    const counts = new Map<string, number>();
    for (const s of sources) counts.set(dirname(s.path), (counts.get(dirname(s.path)) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 15)).toEqual([]);
  });
});
