/**
 * Reaching people who never opened Convene: it is installed for them through Graph (`teamwork/installedApps`),
 * the installation's conversationUpdate gives the chat, and the reminder goes there as a card. Where the tenant
 * refuses the installation, or for someone outside it, the reminder goes by email instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { GraphAppInstaller } from '../../src/graph/graph-installer.js';
import { GraphMailer } from '../../src/graph/graph-mailer.js';
import type { MessageKind, StoredMessage } from '../../src/services/ports/index.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const sam = user('3', 'Sam Worker', 'sam.worker@testshire.example');
const RITA = 'rita.reviewer@peers.example';
const TOM = 'tom.reviewer@peers.example';
const CATALOG_ID = '8f0e7d6c-0000-4000-8000-00000000c0de';

describe('reaching everyone: installed for those it may, emailed to the rest', () => {
  let graph: GraphServer;
  let h: BotHarness;
  let clock = '2026-01-09T09:30:00.000Z';
  let invites: StoredMessage[] = [];
  let reminders: StoredMessage[] = [];
  beforeAll(async () => {
    graph = await startGraphServer();
    const client = createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() });
    h = await startBotHarness(
      [alex, sam],
      { TICK_SECONDS: '0' },
      { calendar: new GraphCalendar(client), mailer: new GraphMailer(client), installer: new GraphAppInstaller(client, CATALOG_ID), now: () => clock },
    );
    // Rita's council does not allow apps to be installed for her; Tom is a guest, not a user of the tenant.
    graph.mailboxes.installBlocked.add(RITA);
    // Teams tells the bot of the new chat, as it does after an installation.
    graph.mailboxes.onInstall = (email) => {
      if (email === sam.email) void h.client.install(sam);
    };
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
    const confirm = actionsOf(cardOf(proposal))[0]!;
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    // The invite cards wait for the chats the installations give (Sam's), or for the wait to be over (Tom's).
    invites = await settled(reviewId, 'invite');
    graph.mailboxes.installBlocked.add(TOM);
    clock = '2026-01-09T17:00:00.000Z';
    await h.convene.tick();
    reminders = await settled(reviewId, 'reminder');
  }, 60_000);

  const settled = async (reviewId: string, kind: MessageKind): Promise<StoredMessage[]> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const messages = (await h.convene.store.messages.forReview(reviewId)).filter((m) => m.payload.kind === kind);
      if (messages.every((m) => m.state !== 'queued' && m.state !== 'sending') || Date.now() > deadline) return messages;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  it('installs Convene for Sam, and sends his reminders as cards in the chat that gives', async () => {
    expect(graph.mailboxes.installed.get(sam.email)).toEqual(new Set([CATALOG_ID]));
    const install = graph.requests.find((r) => r.method === 'POST' && r.path === `/users/${sam.email}/teamwork/installedApps`);
    expect(install?.body).toEqual({ 'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${CATALOG_ID}` });
    const toSam = reminders.filter((m) => m.recipient === sam.email);
    expect(toSam.length).toBe(2);
    expect(toSam.map((m) => m.state)).toEqual(['sent', 'sent']);
    const cards = h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(sam) && /^Reminder: /m.test(cardText(cardOf(r))));
    expect(cards).toHaveLength(2);
    // Installed once, although two reminders were waiting for him: the second found it there, and waited for the chat too.
    expect(graph.requests.filter((r) => r.method === 'POST' && r.path === `/users/${sam.email}/teamwork/installedApps` && r.status === 201)).toHaveLength(1);
  });

  it('sends Sam his invite cards in that chat too; those it cannot reach have the calendar invitation', () => {
    const ended = (email: string) => invites.filter((m) => m.recipient === email).map((m) => m.state);
    expect(ended(sam.email)).toEqual(['sent', 'sent']);
    const answerable = h.connector.recorded.filter((r) => r.conversationId === h.client.conversationOf(sam) && actionsOf(cardOf(r)).some((a) => a.title === 'Accept'));
    expect(answerable.filter((r) => !/^Reminder: /m.test(cardText(cardOf(r))))).toHaveLength(2);
    for (const email of [RITA, TOM]) expect(ended(email).every((state) => state === 'unreachable')).toBe(true);
    expect(ended(RITA).length + ended(TOM).length).toBeGreaterThan(0);
  });

  it('emails those it may not install for, from the organiser mailbox', () => {
    for (const email of [RITA, TOM]) {
      const theirs = reminders.filter((m) => m.recipient === email);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((m) => m.state === 'emailed')).toBe(true);
      expect(graph.mailboxes.sent.filter((m) => m.message.toRecipients?.[0]?.emailAddress?.address === email)).toHaveLength(theirs.length);
    }
    expect(graph.mailboxes.installed.has(RITA)).toBe(false);
  });
});
