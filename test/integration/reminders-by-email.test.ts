/**
 * Reminders for someone who has never opened Convene go as an email from the organiser mailbox, through the real
 * Graph client and a Graph-compatible server's `sendMail`; the digest says so. A refused email is a failure with
 * its reason, never a silent loss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { GraphMailer } from '../../src/graph/graph-mailer.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const rita = user('2', 'Rita Reviewer', 'rita.reviewer@peers.example');
const SAM = 'sam.worker@testshire.example';
const ORGANISER = 'peerreview@testshire.example';

describe('reminders by email to those with no chat', () => {
  let graph: GraphServer;
  let h: BotHarness;
  let clock = '2026-01-09T09:30:00.000Z';
  beforeAll(async () => {
    graph = await startGraphServer();
    const client = createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() });
    h = await startBotHarness([alex, rita], { TICK_SECONDS: '0' }, { calendar: new GraphCalendar(client), mailer: new GraphMailer(client), now: () => clock });
    await h.client.say(rita, 'help');
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    const proposal = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
    const confirm = actionsOf(cardOf(proposal))[0]!;
    await h.client.press(alex, proposal.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
  });
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  const remindersTo = async (email: string) => (await h.convene.store.messages.forReview((await h.convene.store.reviews.latest())!.id)).filter((m) => m.recipient === email && m.payload.kind === 'reminder');

  it('emails Sam his reminders from the organiser mailbox, with the session and how to answer; Teams users get cards', async () => {
    clock = '2026-01-09T17:00:00.000Z';
    await h.convene.tick();
    const toSam = graph.mailboxes.sent.filter((m) => m.message.toRecipients?.[0]?.emailAddress?.address === SAM);
    expect(toSam).toHaveLength(2);
    for (const mail of toSam) {
      expect(mail.from).toBe(ORGANISER);
      expect(mail.saveToSentItems).toBe(false);
      expect(mail.message.subject).toMatch(/^Reminder: Case review C0[23]$/);
      const text = String(mail.message.body?.content);
      expect(text).toMatch(/You have not yet answered the invitation to Case review C0[23]\./);
      expect(text).toMatch(/When: Wed 14 Jan, \d\d:00–\d\d:00 \(UK time\)/);
      expect(text).toMatch(/Join: https:\/\//);
      expect(text).toContain(`Please answer with Accept, Tentative or Decline on the calendar invitation from ${ORGANISER}`);
    }
    expect((await remindersTo(SAM)).map((m) => m.state)).toEqual(['emailed', 'emailed']);
    // Rita has a chat: her reminder is a card, and no email.
    expect((await remindersTo(rita.email)).every((m) => m.state === 'sent')).toBe(true);
    expect(graph.mailboxes.sent.some((m) => m.message.toRecipients?.[0]?.emailAddress?.address === rita.email)).toBe(false);
  });

  it('says in the digest that Sam is reminded by email, and counts him for Remind now', async () => {
    const [digest] = (await h.client.say(alex, 'remind')).filter((r) => cardOf(r));
    const text = cardText(cardOf(digest!));
    expect(text).toMatch(/No reply \(reminded by email\): Sam Worker/);
    expect(text).not.toMatch(/calendar invitation only/);
  });

  it('records an email Graph refused as failed, with the reason, for Send again', async () => {
    graph.failNext(/^POST \/users\/[^/]+\/sendMail$/, { status: 503, retryAfterSeconds: 0, times: 100 });
    const [digest] = (await h.client.say(alex, 'remind')).filter((r) => cardOf(r));
    const press = actionsOf(cardOf(digest!)).find((a) => a.title === 'Remind now')!;
    await h.client.press(alex, digest!.activityId, press.verb, press.data);
    await h.convene.idle();
    const failed = (await remindersTo(SAM)).filter((m) => m.state === 'failed');
    expect(failed).toHaveLength(2);
    expect(failed.every((m) => /^the email was not sent: /.test(m.reason ?? ''))).toBe(true);
    graph.clearFailures();
  });
});
