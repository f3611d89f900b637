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
import type { StoredMessage } from '../../src/services/ports/index.js';
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
    graph.mailboxes.installBlocked.add(TOM);
    clock = '2026-01-09T17:00:00.000Z';
    await h.convene.tick();
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    const deadline = Date.now() + 20_000;
    for (;;) {
      reminders = (await h.convene.store.messages.forReview(reviewId)).filter((m) => m.payload.kind === 'reminder');
      if (reminders.every((m) => m.state !== 'queued' && m.state !== 'sending') || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);
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
