/**
 * Reaching people who never opened Convene: it is installed for them through Graph (`teamwork/installedApps`),
 * the installation's conversationUpdate gives the chat, and the reminder goes there as a card. Where Convene was
 * installed already (Teams announces nothing), or no announcement comes, Graph names the installation's chat.
 * Where the tenant refuses the installation, or for someone outside it, the reminder goes by email instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { GraphAppInstaller } from '../../src/graph/graph-installer.js';
import { GraphMailer } from '../../src/graph/graph-mailer.js';
import type { MessageKind, StoredMessage } from '../../src/services/ports/index.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { installedChatId, userIdOf } from '../support/graph-server-teamwork.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const sam = user('3', 'Sam Worker', 'sam.worker@testshire.example');
const RITA = 'rita.reviewer@peers.example';
const TOM = 'tom.reviewer@peers.example';
const CATALOG_ID = '8f0e7d6c-0000-4000-8000-00000000c0de';
const INSTALL = (email: string) => `/users/${email}/teamwork/installedApps`;

interface Reached {
  graph: GraphServer;
  h: BotHarness;
  invites: StoredMessage[];
  reminders: StoredMessage[];
  /** The log's lines, parsed. */
  logged: Record<string, unknown>[];
}

/**
 * Alex imports, schedules and confirms the small review (invite cards go out), then the clock moves to the
 * evening before the sessions and the reminders go. `before` sets Graph up once the bot is there.
 */
const bookAndRemind = async (unknownPeople: string[], before: (graph: GraphServer, h: BotHarness) => void): Promise<Reached> => {
  const graph = await startGraphServer({ unknownPeople });
  const client = createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() });
  const logged: Record<string, unknown>[] = [];
  let clock = '2026-01-09T09:30:00.000Z';
  const h = await startBotHarness(
    [alex, sam],
    { TICK_SECONDS: '0', LOG_LEVEL: 'info' },
    {
      calendar: new GraphCalendar(client),
      mailer: new GraphMailer(client),
      installer: new GraphAppInstaller(client, CATALOG_ID),
      now: () => clock,
      logTo: { write: (line: string) => void logged.push(JSON.parse(line)) },
    },
  );
  before(graph, h);
  await h.client.say(alex, `import\n${SMALL_REVIEW}`);
  const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
  const confirm = actionsOf(cardOf(proposal))[0]!;
  await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
  await h.convene.idle();
  const reviewId = (await h.convene.store.reviews.latest())!.id;
  // The invite cards wait for the chats installations give, or for the wait to be over.
  const invites = await settled(h, reviewId, 'invite');
  clock = '2026-01-09T17:00:00.000Z';
  await h.convene.tick();
  return { graph, h, invites, reminders: await settled(h, reviewId, 'reminder'), logged };
};

const settled = async (h: BotHarness, reviewId: string, kind: MessageKind): Promise<StoredMessage[]> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const messages = (await h.convene.store.messages.forReview(reviewId)).filter((m) => m.payload.kind === kind);
    if (messages.every((m) => m.state !== 'queued' && m.state !== 'sending') || Date.now() > deadline) return messages;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const endsOf = (messages: StoredMessage[], email: string) => messages.filter((m) => m.recipient === email).map((m) => m.state);
const emailsTo = (graph: GraphServer, email: string) => graph.mailboxes.sent.filter((m) => m.message.toRecipients?.[0]?.emailAddress?.address === email);

describe('reaching everyone: installed for those it may, emailed to the rest', () => {
  let run: Reached;
  beforeAll(async () => {
    run = await bookAndRemind([TOM], (graph, h) => {
      // Rita's council does not allow apps to be installed for her; Tom is a guest, not a user of the tenant.
      graph.mailboxes.installBlocked.add(RITA);
      // Teams tells the bot of the new chat, as it does after an installation.
      graph.mailboxes.onInstall = (email) => {
        if (email === sam.email) void h.client.install(sam);
      };
    });
  }, 60_000);
  afterAll(async () => {
    await run?.h.close();
    await run?.graph.close();
  });

  // Teams' announcement names the chat; a message that meets the installation (409) before it is kept asks Graph,
  // which names the same chat by another id.
  const samsChat = (conversationId: string) => [run.h.client.conversationOf(sam), installedChatId(sam.email, CATALOG_ID)].includes(conversationId);

  it('installs Convene for Sam, and sends his reminders as cards in the chat that gives', async () => {
    const { graph, h, reminders } = run;
    expect(graph.mailboxes.installed.get(sam.email)).toEqual(new Set([CATALOG_ID]));
    const install = graph.requests.find((r) => r.method === 'POST' && r.path === INSTALL(sam.email));
    expect(install?.body).toEqual({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${CATALOG_ID}` });
    expect(endsOf(reminders, sam.email)).toEqual(['sent', 'sent']);
    const cards = h.connector.recorded.filter((r) => samsChat(r.conversationId) && /^Reminder: /m.test(cardText(cardOf(r))));
    expect(cards).toHaveLength(2);
    // Installed once, although two invite cards were waiting for him: the second found it there (409).
    expect(graph.requests.filter((r) => r.method === 'POST' && r.path === INSTALL(sam.email) && r.status === 201)).toHaveLength(1);
  });

  it('sends Sam his invite cards in that chat too; those it cannot reach have the calendar invitation', () => {
    const { h, invites } = run;
    expect(endsOf(invites, sam.email)).toEqual(['sent', 'sent']);
    const answerable = h.connector.recorded.filter((r) => samsChat(r.conversationId) && actionsOf(cardOf(r)).some((a) => a.title === 'Accept'));
    expect(answerable.filter((r) => !/^Reminder: /m.test(cardText(cardOf(r))))).toHaveLength(2);
    for (const email of [RITA, TOM]) expect(endsOf(invites, email).every((state) => state === 'unreachable')).toBe(true);
    expect(endsOf(invites, RITA).length + endsOf(invites, TOM).length).toBeGreaterThan(0);
  });

  it('emails those it may not install for (403) and those not in the tenant (404), from the organiser mailbox', () => {
    const { graph, reminders } = run;
    for (const email of [RITA, TOM]) {
      const theirs = endsOf(reminders, email);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((state) => state === 'emailed')).toBe(true);
      expect(emailsTo(graph, email)).toHaveLength(theirs.length);
      expect(graph.mailboxes.installed.has(email)).toBe(false);
    }
    expect(graph.requests.filter((r) => r.path === INSTALL(TOM)).map((r) => r.status)).toContain(404);
  });
});

describe('reaching everyone: where Convene is installed already, in the chat Graph names', () => {
  let run: Reached;
  const chatOf = (email: string) => installedChatId(email, CATALOG_ID);
  const teamworkOf = (email: string) => run.graph.requests.filter((r) => r.path.startsWith(`/users/${email}`) || r.path.startsWith(`/users/${userIdOf(email)}`));
  beforeAll(async () => {
    run = await bookAndRemind([RITA], (graph) => {
      // An admin installed Convene for Sam long ago: installing again answers 409, and Teams announces nothing.
      graph.mailboxes.installed.set(sam.email, new Set([CATALOG_ID]));
      // Graph is out for Sam's first look for his chat, retries and all: the message waits, as for any outage.
      graph.failNext(/^GET \/users\/[^/]+\/teamwork\/installedApps\/.+\/chat$/, { status: 503, retryAfterSeconds: 0, times: 7 });
      // Tom's installation is new, but no conversationUpdate comes (no onInstall): after the wait, Graph names his chat.
    });
  }, 60_000);
  afterAll(async () => {
    await run?.h.close();
    await run?.graph.close();
  });

  it('sends Sam each invite card and reminder once, in the chat of his installation', () => {
    const { h, invites, reminders } = run;
    expect(endsOf(invites, sam.email)).toEqual(['sent', 'sent']);
    expect(endsOf(reminders, sam.email)).toEqual(['sent', 'sent']);
    const cards = h.connector.recorded.filter((r) => r.conversationId === chatOf(sam.email)).map((r) => cardText(cardOf(r)));
    expect(cards).toHaveLength(4);
    expect(cards.filter((text) => /^Reminder: /m.test(text))).toHaveLength(2);
    expect(new Set(cards).size).toBe(4);
  });

  it('keeps that chat as his, so that only the first message asked Graph for it', async () => {
    const { graph, h } = run;
    const kept = (await h.convene.store.people.conversationFor(sam.email)) as { conversation: { id: string; tenantId: string }; serviceUrl: string };
    expect(kept.conversation).toMatchObject({ id: chatOf(sam.email), conversationType: 'personal' });
    // Its Teams address is that of the chat Convene keeps with Alex, in the same tenant.
    const alexs = (await h.convene.store.people.conversationFor(alex.email)) as { conversation: { tenantId: string }; serviceUrl: string };
    expect(kept.serviceUrl).toBe(alexs.serviceUrl);
    expect(kept.conversation.tenantId).toBe(alexs.conversation.tenantId);
    const asked = teamworkOf(sam.email).filter((r) => r.method === 'GET' && r.path.endsWith('/chat'));
    expect(asked.map((r) => r.status)).toEqual([...Array(7).fill(503), 200]);
    expect(graph.requests.filter((r) => r.method === 'POST' && r.path === INSTALL(sam.email)).map((r) => r.status)).toEqual([409, 409]);
    const list = graph.requests.find((r) => r.path === `/users/${userIdOf(sam.email)}/teamwork/installedApps`);
    expect(new URLSearchParams(list?.search).get('$filter')).toBe(`teamsApp/id eq '${CATALOG_ID}'`);
  });

  it('says an outage as one in the log, with no address in it', () => {
    const outages = run.logged.filter((line) => line.outage !== undefined);
    expect(outages).toEqual([expect.objectContaining({ outage: 'teams', statusCode: 503, level: 40 })]);
    expect(JSON.stringify(run.logged)).not.toMatch(/@testshire\.example|@peers\.example|Sam Worker/);
  });

  it('sends Tom, newly installed with no chat announced, his cards in the chat Graph names after the wait', () => {
    const { graph, h, invites, reminders } = run;
    expect(graph.requests.filter((r) => r.method === 'POST' && r.path === INSTALL(TOM)).map((r) => r.status)).toContain(201);
    expect(endsOf(invites, TOM).every((state) => state === 'sent')).toBe(true);
    expect(endsOf(reminders, TOM).every((state) => state === 'sent')).toBe(true);
    const sent = [...endsOf(invites, TOM), ...endsOf(reminders, TOM)].length;
    expect(sent).toBeGreaterThan(0);
    expect(h.connector.recorded.filter((r) => r.conversationId === chatOf(TOM))).toHaveLength(sent);
    expect(emailsTo(graph, TOM)).toEqual([]);
  });

  it('emails Rita, who is not in the tenant, as before', () => {
    const { graph, invites, reminders } = run;
    expect(endsOf(invites, RITA).every((state) => state === 'unreachable')).toBe(true);
    const theirs = endsOf(reminders, RITA);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((state) => state === 'emailed')).toBe(true);
    expect(emailsTo(graph, RITA)).toHaveLength(theirs.length);
  });
});
