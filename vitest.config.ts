import { defineConfig } from 'vitest/config';

/**
 * Tests that check Teams' send limits on when requests arrive run alone, after the rest: with other test files
 * beside them on this 2-core machine, a process stalled for a tenth of a second sends late, into the next
 * window, and the test would measure the machine rather than Convene.
 */
const ALONE = ['test/integration/outbox-two-instances.test.ts', 'test/integration/outbox-throttling.test.ts', 'test/integration/send-log.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each worker keeps its modules from one test file to the next: importing them afresh for every file was an eighth
    // of the suite's time on this 2-core machine. So no test may count on a module's state being new; none does, since
    // each test starts its own Convene, store and servers.
    isolate: false,
    // Two test files at once, each on its own databases. Set here: Vitest 3 does not read a project's own poolOptions,
    // so the maxForks that stood in the main project below never took effect, and the files ran one at a time.
    poolOptions: { forks: { maxForks: 2 } },
    globalSetup: ['test/support/ensure-chromium.ts'],
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: ALONE } },
      { extends: true, test: { name: 'alone', include: ALONE, poolOptions: { forks: { singleFork: true } } } },
    ],
  },
});
