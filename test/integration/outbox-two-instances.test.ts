/**
 * Two bot processes (`src/index.ts`, as production runs it) on one PostgreSQL share the outbox: 500 invitations
 * due a reminder, each reminded exactly once, although one process is killed with SIGKILL in the middle of a send.
 * The connector holds the sends for a moment, so that the kill lands while each process has one in flight: the
 * killed one's send never reached Teams, and its claimed messages come back to the other after the lease. Between
 * them they keep Teams' limit for the app, as one would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_LIMITS } from '../../src/domain/outbox/index.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startConnectorServer, type ConnectorServer } from '../support/connector-server.js';
import { busiestWindows } from '../support/busiest-windows.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { seedReminders } from '../support/reminder-seed.js';

const SESSIONS = 50;
const PER_SESSION = 10;
const LEASE_SECONDS = 3;

const waitFor = async (what: string, ready: () => Promise<boolean> | boolean, ms = 60_000) => {
  const deadline = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('two bot processes on one PostgreSQL, one killed mid-send', () => {
  const postgres = DATABASES.find((d) => d.name === 'postgres')!;
  let fresh: FreshDatabase;
  let store: OpenedStore;
  let connector: ConnectorServer;
  let processes: BotProcess[] = [];
  let reviewId = '';
  let emails: string[] = [];
  let heldAtKill = 0;
  let recordedAtKill = 0;

  beforeAll(async () => {
    fresh = await postgres.create();
    store = await openStore(fresh.options);
    connector = await startConnectorServer();
    const seeded = await seedReminders(store, connector.url, SESSIONS, PER_SESSION);
    reviewId = seeded.reviewId;
    emails = seeded.people.map((p) => p.email);
    let holding = false;
    connector.intercept = () => (holding ? 'hold' : undefined);
    const env = { DATABASE_URL: fresh.options.databaseUrl!, TICK_SECONDS: '1', OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS) };
    processes = await Promise.all([startBotProcess(env), startBotProcess(env)]);
    // Mid-run: once a fifth of the reminders are out, hold every send until each process has one in flight.
    await waitFor('the first hundred reminders', () => connector.recorded.length >= 100);
    holding = true;
    await waitFor('a send in flight from each process', () => connector.held() >= 2);
    recordedAtKill = connector.recorded.length;
    heldAtKill = connector.held();
    await processes[0]!.kill();
    holding = false;
    connector.release();
    await waitFor('every reminder to end', async () => (await store.messages.forReview(reviewId)).filter((m) => m.state === 'sent').length >= emails.length, 90_000);
  }, 180_000);

  afterAll(async () => {
    for (const bot of processes) await bot.kill();
    await connector?.close();
    await store?.close();
    await fresh?.drop();
  });

  it('was killed with a send of its own in flight, before most reminders had gone', () => {
    // Each process has one send in flight; a third may have come in before the wait above saw two.
    expect(heldAtKill).toBeGreaterThanOrEqual(2);
    expect(recordedAtKill).toBeLessThan(emails.length / 2);
    expect(processes[0]!.child.signalCode).toBe('SIGKILL');
  });

  it('reminds each of the 500 exactly once: none lost, none doubled', async () => {
    const perConversation = new Map<string, number>();
    for (const r of connector.recorded) perConversation.set(r.conversationId, (perConversation.get(r.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(emails.length);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    const messages = await store.messages.forReview(reviewId);
    expect(messages).toHaveLength(emails.length);
    expect(messages.every((m) => m.state === 'sent' && m.activityId)).toBe(true);
  });

  it("kept Teams' app limit between them: never more than 50 sends in any second, although each could send 50", () => {
    const times = connector.attempts.filter((a) => a.kind !== 'update').map((a) => a.at);
    expect(times.length).toBeGreaterThanOrEqual(emails.length);
    for (const { count, most } of busiestWindows(times, APP_LIMITS)) expect(most).toBeLessThanOrEqual(count);
  });

  it('gave the killed process’s messages to the other after the lease: some were tried twice', async () => {
    const messages = await store.messages.forReview(reviewId);
    expect(messages.filter((m) => m.attempts >= 2).length).toBeGreaterThanOrEqual(1);
    // The survivor is still there, and answers.
    expect((await fetch(`${processes[1]!.url}/healthz`)).status).toBe(200);
  });
});
