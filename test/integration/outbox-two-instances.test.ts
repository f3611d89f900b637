/**
 * Two bot processes (`src/index.ts`, as production runs it) on one PostgreSQL share the outbox: 500 invitations
 * due a reminder, each reminded exactly once, although one process is killed with SIGKILL in the middle of a send.
 * The connector holds the sends for a moment, so that the kill lands while each process has one in flight: the
 * killed one's send never reached Teams, and its claimed messages come back to the other after the lease.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReviewFile } from '../../src/domain/review-file/index.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startConnectorServer, type ConnectorServer } from '../support/connector-server.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';

const SESSIONS = 50;
const PER_SESSION = 10;
const LEASE_SECONDS = 3;

const REVIEW = `
review:
  name: Twinshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: peerreview@twinshire.example
  base: Town Hall, Twinshire
  projectTeam: [lead@twinshire.example]
reminders:
  noReply: [PT24H]
  joiningDetails: false
  digest: false
  workingHours: { start: "00:00", end: "24:00", days: [mon, tue, wed, thu, fri, sat, sun] }
themes:
  - { id: leadership, title: Leadership and governance }
peers:
  - { email: rita.reviewer@peers.example, name: Rita Reviewer, role: caseReviewer }
people:
  - { email: lead@twinshire.example, name: Lee Lead }
caseReviews:
  days: [ { date: 2026-12-04, start: "09:00", end: "12:00" } ]
  minutes: 60
  cases:
    - { id: C01, caseWorker: lead@twinshire.example }
`;

const waitFor = async (what: string, ready: () => Promise<boolean> | boolean, ms = 60_000) => {
  const deadline = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** 500 people, each with a chat with the bot, each invited (card sent) to a session 23 h 50 min from now. */
const seed = async (store: OpenedStore, connector: ConnectorServer) => {
  const parsed = parseReviewFile(REVIEW);
  if (!parsed.ok) throw new Error(parsed.message);
  const stored = await store.reviews.save(parsed.value, 'lead@twinshire.example');
  const proposal = await store.proposals.create({ reviewId: stored.id, kind: 'caseReviews', plan: { placed: [], unplaced: [] }, createdBy: 'lead@twinshire.example' });
  // The 24-hour reminder was meant for ten minutes ago: due now, and on time.
  const start = new Date(Date.now() + (23 * 60 + 50) * 60_000).toISOString();
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  const emails = Array.from({ length: SESSIONS * PER_SESSION }, (_, n) => `person.${n}@twinshire.example`);
  const bookings = await store.bookings.recordIntents(
    Array.from({ length: SESSIONS }, (_, s) => ({
      reviewId: stored.id,
      proposalId: proposal.id,
      sessionId: `S${s}`,
      kind: 'caseReview',
      transactionId: randomUUID(),
      subject: `Session ${s}`,
      start,
      end,
      attendees: emails.slice(s * PER_SESSION, (s + 1) * PER_SESSION),
      online: true,
    })),
  );
  for (const booking of bookings) {
    await store.bookings.markBooked(booking.id, { id: randomUUID(), iCalUId: randomUUID(), joinUrl: 'https://teams.local.example/meet/x' });
    for (const invitation of await store.invitations.ensure(stored.id, booking.id, booking.attendees)) {
      await store.invitations.markCardSent(invitation.id, new Date(Date.now() - 86_400_000).toISOString());
    }
  }
  for (const [n, email] of emails.entries()) {
    await store.people.saveConversation(email, {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: `personal-${n}`, conversationType: 'personal' },
      user: { id: `user-${n}` },
      bot: { id: 'bot-id', name: 'Convene' },
    });
  }
  return { reviewId: stored.id, emails };
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
    ({ reviewId, emails } = await seed(store, connector));
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
    expect(heldAtKill).toBe(2);
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

  it('gave the killed process’s messages to the other after the lease: some were tried twice', async () => {
    const messages = await store.messages.forReview(reviewId);
    expect(messages.filter((m) => m.attempts >= 2).length).toBeGreaterThanOrEqual(1);
    // The survivor is still there, and answers.
    expect((await fetch(`${processes[1]!.url}/healthz`)).status).toBe(200);
  });
});
