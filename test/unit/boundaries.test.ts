import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const sources = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('boundaries between the layers', () => {
  it('the domain is pure: no Bot Framework, Graph, SQL, HTTP, files, environment or clock', () => {
    const offending = sources
      .filter((s) => s.path.startsWith('domain/'))
      .flatMap((s) => [
        ...imports(s.text).filter((m) => /botbuilder|teams-ai|graph|kysely|pglite|^pg$|express|piscina|node:/.test(m)).map((m) => `${s.path} imports ${m}`),
        ...(/process\.env|Date\.now|new Date\(\)|DateTime\.now/.test(s.text) ? [`${s.path} reads the environment or the clock`] : []),
      ]);
    expect(offending).toEqual([]);
  });

  it('Bot Framework types stay in src/bot/', () => {
    const offending = sources.filter((s) => !s.path.startsWith('bot/') && imports(s.text).some((m) => /botbuilder|teams-ai|botframework/.test(m)));
    expect(offending.map((s) => s.path)).toEqual([]);
  });

  it('worker threads stay in the adapters that need them (the planner, PGlite\'s thread): the services plan through the Planner port', () => {
    const offending = sources.filter((s) => !/^(planner|store)\//.test(s.path) && imports(s.text).some((m) => /piscina|worker_threads/.test(m)));
    const reachingIn = sources.filter((s) => /^(domain|services|bot|cards)\//.test(s.path) && imports(s.text).some((m) => m.includes('/planner/')));
    expect([...offending, ...reachingIn].map((s) => s.path)).toEqual([]);
  });

  it('the services send and decide, the bot builds the cards: nothing in src/services/ imports a card or a template', () => {
    const offending = sources
      .filter((s) => s.path.startsWith('services/'))
      .flatMap((s) => imports(s.text).filter((m) => /\/cards\/|adaptiveCards/.test(m)).map((m) => `${s.path} imports ${m}`));
    expect(offending).toEqual([]);
  });

  it('cards render domain data and port types: from src/services/ only its ports index', () => {
    const offending = sources
      .filter((s) => s.path.startsWith('cards/'))
      .flatMap((s) => imports(s.text).filter((m) => /\/services\//.test(m) && !m.endsWith('/services/ports/index.js')).map((m) => `${s.path} imports ${m}`));
    expect(offending).toEqual([]);
  });

  it('only the composition roots read the environment (the Playground passes it on to its child process; npm run package fills the manifest from it)', () => {
    const readers = sources.filter((s) => /process\.env/.test(s.text)).map((s) => s.path).sort();
    expect(readers).toEqual(['cli/package-app.ts', 'dev/playground.ts', 'index.ts', 'start-local.ts']);
  });

  it('no source file is over 300 lines', () => {
    expect(sources.filter((s) => s.text.split('\n').length > 300).map((s) => s.path)).toEqual([]);
  });
});
