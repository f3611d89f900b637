/**
 * `npm run bench` (second part): the outbox and the card actions, on PGlite and on PostgreSQL, through the real
 * bot, with Teams (the connector that records every send with its time, and the clients) on another thread.
 * - 1,000 reminders to 1,000 people: the time taken against the floor that Teams' 50-a-second app limit sets,
 *   and how many sends went over any limit.
 * - Answer presses (RSVP invokes) through the HTTP endpoint from 50 clients, once warmed up: offered at 300 a second (each press timed
 *   from when it was due, so a late answer that holds up the next press counts), p50 and p99; then pressed as fast as
 *   the answers come (each client presses again on its answer): the most a second the bot takes, p50 and p99.
 * Writes bench/results/outbox.json and prints a table.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readConfig } from '../src/config.js';
import { startConvene } from '../src/convene.js';
import { APP_LIMITS, CONVERSATION_LIMITS, type SendLimit } from '../src/domain/outbox/index.js';
import { LocalCalendar } from '../src/graph/local/local-calendar.js';
import type { Attempt } from '../test/support/connector-server.js';
import { DATABASES } from '../test/support/fresh-databases.js';
import { seedReminders } from '../test/support/reminder-seed.js';
import { peakRssMb } from './measure.js';
import type { PressRun, Request } from './teams-side.js';

const PEOPLE = 1_000;
const PRESSES = 2_000;
/** Presses before those measured: the bot's code is optimised by then, as it is after a few minutes in use. */
const WARM_UP = 1_000;
const CLIENTS = 50;
const RESULTS = new URL('./results/outbox.json', import.meta.url);
/** The targets. */
const TARGETS = { reminderRatio: 0.8, actionsPerSecond: 300, p99Ms: 100 };

/** How many sends went over a limit: for each send, whether the window ending at it holds more than allowed. */
const overLimits = (times: number[], limits: readonly SendLimit[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  let over = 0;
  for (const { count, windowMs } of limits) {
    for (let i = 0, j = 0; j < sorted.length; j += 1) {
      while (sorted[j]! - sorted[i]! >= windowMs) i += 1;
      if (j - i + 1 > count) over += 1;
    }
  }
  return over;
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Teams' side on its own thread; `ask` posts a request and waits for its one answer. */
const startTeamsSide = async () => {
  // tsx's loader is not inherited by a worker on Node 20: the worker registers it before it loads the file.
  const file = new URL('./teams-side.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`, { eval: true });
  const answer = () => new Promise<unknown>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const { url } = (await answer()) as { url: string };
  const ask = (request: Request) => {
    const answered = answer();
    worker.postMessage(request);
    return answered;
  };
  return { url, ask, close: () => worker.terminate() };
};

const runOn = async (database: (typeof DATABASES)[number]) => {
  const fresh = await database.create();
  const teams = await startTeamsSide();
  const env = { PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'silent', TICK_SECONDS: '0', ...(fresh.options.databaseUrl ? { DATABASE_URL: fresh.options.databaseUrl } : {}) };
  const convene = await startConvene(readConfig(env));
  try {
    const store = convene.store as typeof convene.store & { db: ConstructorParameters<typeof LocalCalendar>[0] };
    const seeded = await seedReminders(convene.store, teams.url, PEOPLE / 10, 10, new LocalCalendar(store.db));

    const began = performance.now();
    const { reminders } = await convene.tick();
    const reminderSeconds = (performance.now() - began) / 1000;
    const { attempts, recorded } = (await teams.ask({ ask: 'attempts' })) as { attempts: Attempt[]; recorded: string[] };
    const sends = attempts.filter((a) => a.kind !== 'update');
    const byConversation = new Map<string, number[]>();
    for (const a of sends) byConversation.set(a.conversationId, [...(byConversation.get(a.conversationId) ?? []), a.at]);
    const overAny = overLimits(sends.map((a) => a.at), APP_LIMITS) + [...byConversation.values()].reduce((n, times) => n + overLimits(times, CONVERSATION_LIMITS), 0);
    const floorSeconds = reminders / APP_LIMITS[0]!.count;

    let first = 0;
    const presses = async (count: number, perSecond?: number) => {
      const run: PressRun = { botUrl: convene.url, people: seeded.people, invitationIds: seeded.invitationIds, first, presses: count, clients: CLIENTS, perSecond };
      first += count;
      const pressed = (await teams.ask({ ask: 'press', run })) as { latencies: number[]; errors: number; seconds: number };
      await convene.idle();
      return { errors: pressed.errors, perSecond: round(count / pressed.seconds, 0), p50Ms: round(percentile(pressed.latencies, 50)), p99Ms: round(percentile(pressed.latencies, 99)) };
    };
    await presses(WARM_UP);
    const offered = await presses(PRESSES, TARGETS.actionsPerSecond);
    const most = await presses(PRESSES);
    return {
      database: database.name,
      reminders: {
        sent: reminders,
        seconds: round(reminderSeconds),
        floorSeconds: round(floorSeconds),
        ratio: round(floorSeconds / reminderSeconds, 2),
        sendsOverAnyLimit: overAny,
        delivered: recorded.filter((kind) => kind !== 'update').length,
      },
      actions: { presses: PRESSES, clients: CLIENTS, offered, most },
    };
  } finally {
    await convene.close();
    await teams.close();
    await fresh.drop();
  }
};

const results = [];
for (const database of DATABASES) results.push(await runOn(database));
const report = {
  about: `1,000 reminders to 1,000 people (ratio: the 50-a-second floor over the time taken); after ${WARM_UP} presses to warm up, ${PRESSES} answer presses from ${CLIENTS} clients through the HTTP endpoint, offered at ${TARGETS.actionsPerSecond} a second (timed from when each was due), then as fast as answered (most)`,
  machine: { cpus: cpus().length, node: process.version },
  targets: TARGETS,
  results,
  peakRssMb: peakRssMb(),
};
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
console.table(
  results.map((r) => ({
    database: r.database,
    'reminders s (floor)': `${r.reminders.seconds} (${r.reminders.floorSeconds})`,
    ratio: r.reminders.ratio,
    'over a limit': r.reminders.sendsOverAnyLimit,
    [`at ${TARGETS.actionsPerSecond}/s: p50, p99 ms`]: `${r.actions.offered.p50Ms}, ${r.actions.offered.p99Ms}`,
    'most/s': r.actions.most.perSecond,
    'at most: p50, p99 ms': `${r.actions.most.p50Ms}, ${r.actions.most.p99Ms}`,
    errors: r.actions.offered.errors + r.actions.most.errors,
  })),
);
const missed = results.flatMap((r) => [
  ...(r.reminders.ratio < TARGETS.reminderRatio ? [`${r.database}: reminders at ${r.reminders.ratio} of the allowed rate`] : []),
  ...(r.reminders.sendsOverAnyLimit > 0 ? [`${r.database}: ${r.reminders.sendsOverAnyLimit} sends over a limit`] : []),
  ...(r.actions.offered.p99Ms > TARGETS.p99Ms ? [`${r.database}: p99 ${r.actions.offered.p99Ms} ms at ${TARGETS.actionsPerSecond} a second`] : []),
  ...(r.actions.most.perSecond < TARGETS.actionsPerSecond ? [`${r.database}: at most ${r.actions.most.perSecond} actions a second`] : []),
  ...(r.actions.offered.errors + r.actions.most.errors > 0 ? [`${r.database}: ${r.actions.offered.errors + r.actions.most.errors} presses not answered with the card`] : []),
]);
console.log(missed.length === 0 ? 'Every outbox target met.' : `Targets not met:\n  ${missed.join('\n  ')}`);
