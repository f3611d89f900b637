/**
 * Booking progress through the outbox, through the real bot and a connector that records every update with its
 * time: the proposal card, posted in a group chat, is updated in place there, in order, the booking's end last;
 * Teams refusing the end (503, then 429 with Retry-After) only delays it; an update Teams held up until a later one
 * was made is recorded skipped and never shown. On PGlite and on PostgreSQL (the send log and run lock differ).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { REPLACED } from '../../src/domain/outbox/index.js';
import type { StoredMessage } from '../../src/services/ports/index.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { Interception, Recorded } from '../support/connector-server.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { addEveryone, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { waitFor } from '../support/wait-for.js';

const alex = everyoneAs(demoAlex.email);
const FINAL = /^Booked 16 of 16 case reviews\. All in the calendar\.$/m;
const COUNT = /^Booked (\d+) of 16 case reviews/m;

type Progress = Extract<StoredMessage['payload'], { kind: 'progress' }>;

let h: BotHarness | undefined;
let database: FreshDatabase | undefined;
afterEach(async () => {
  await h?.close();
  await database?.drop();
  h = undefined;
  database = undefined;
});

describe.each(DATABASES)('booking progress on the proposal card, through the outbox ($name)', ({ create }) => {
  /** The demo's case reviews proposed in a group chat, Confirm pressed there; Teams answers each update as `intercept` says. */
  const confirmInGroupChat = async (intercept?: (activity: Record<string, any>) => Interception) => {
    database = await create();
    const env: Record<string, string> = { DEMO_REVIEW: 'examples/shropshire-2026.yaml', TICK_SECONDS: '0' };
    if (database.options.databaseUrl) env.DATABASE_URL = database.options.databaseUrl;
    const bot = await startBotHarness([], env);
    h = bot;
    addEveryone(bot);
    await installEveryone(bot.client);
    const group = bot.client.in('groupChat');
    const { activity: card, proposalId } = await askForPlan({ ...bot, client: group }, alex, 'schedule case reviews');
    bot.connector.intercept = (kind, activity) => (kind === 'update' ? intercept?.(activity) : undefined);
    const pressed = await group.press(alex, card.activityId, VERBS.confirmProposal, { proposalId });
    expect(cardText(pressed.body.value)).toMatch(/^Booked 0 of 16 case reviews…$/m);
    const reviewId = (await bot.convene.store.reviews.latest())!.id;
    const progress = async () =>
      (await bot.convene.store.messages.forReview(reviewId))
        .filter((m) => m.key.startsWith(`progress:${proposalId}:`))
        .sort((a, b) => (a.payload as Progress).update - (b.payload as Progress).update);
    // Done when the booking's end has ended, and every update before it: some wait out a retry, so idle() is not enough.
    const messages = await waitFor('every progress update to end', async () => {
      const all = await progress();
      const ended = all.every((m) => m.state !== 'queued' && m.state !== 'sending');
      return ended && all.some((m) => (m.payload as Progress).progress.done) ? all : undefined;
    });
    const updates = bot.connector.recorded.filter((r) => r.kind === 'update' && r.activityId === card.activityId);
    const tries = bot.connector.attempts.filter((a) => a.kind === 'update');
    return { bot, card, messages, updates, tries, group: group.conversationOf(alex) };
  };

  const bookedOn = (update: Recorded) => Number(COUNT.exec(cardText(cardOf(update)))?.[1]);
  const isFinal = (activity: Record<string, any>) => FINAL.test(cardText(cardOf({ activity } as Recorded)));

  it('updates the card in the group chat it is in, one message per step, in order, the booking’s end last', async () => {
    const { bot, messages, updates, group } = await confirmInGroupChat();

    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(messages.map((m) => m.state)).toEqual(messages.map(() => 'sent'));
    expect(messages.map((m) => m.key.split(':').at(-1))).toEqual(messages.map((_, n) => String(n + 1)));
    // Each message's step reached Teams, in the order they were made, as updates of the card where it is.
    expect(updates.map(bookedOn)).toEqual(messages.map((m) => (m.payload as Progress).progress.booked));
    expect(updates.every((u) => u.conversationId === group)).toBe(true);
    expect(updates.slice(0, -1).every((u) => /…$/m.test(cardText(cardOf(u))))).toBe(true);
    const final = cardText(cardOf(updates.at(-1)!));
    expect(final).toMatch(FINAL);
    expect(final).toMatch(/^Invite cards sent: 32\.$/m);
    expect(actionsOf(cardOf(updates.at(-1)!))).toEqual([]);
    // Nothing went to the presser's own chat instead.
    expect(bot.connector.recorded.filter((r) => r.kind === 'update' && r.conversationId === bot.client.conversationOf(alex))).toEqual([]);
  });

  it('tries the booking’s end again when Teams answers 503, then 429 with Retry-After, and the card ends true', async () => {
    const refusals: Interception[] = [{ status: 503 }, { status: 429, retryAfter: '1' }];
    const { messages, updates, tries, group } = await confirmInGroupChat((activity) => (isFinal(activity) ? refusals.shift() : undefined));

    const last = messages.at(-1)!;
    expect((last.payload as Progress).progress.done).toBe(true);
    expect([last.state, last.attempts]).toEqual(['sent', 3]);
    const toFinal = tries.slice(-3);
    expect(toFinal.map((t) => [t.status, t.conversationId])).toEqual([
      [503, group],
      [429, group],
      [200, group],
    ]);
    // Teams asked for a second: the chat waited it out.
    expect(toFinal[2]!.at - toFinal[1]!.at).toBeGreaterThanOrEqual(1_000);
    expect(cardText(cardOf(updates.at(-1)!))).toMatch(FINAL);
    expect(updates.slice(0, -1).every((u) => !FINAL.test(cardText(cardOf(u))))).toBe(true);
  });

  it('records an update that a later one overtook while it waited as skipped, and never shows it', async () => {
    let first = true;
    const { messages, updates, tries, group } = await confirmInGroupChat(() => {
      if (!first) return undefined;
      first = false;
      return { status: 429, retryAfter: '2' };
    });

    const [held] = messages;
    expect([held!.state, held!.reason]).toEqual(['skipped', REPLACED]);
    // One try Teams refused, and the one that found it replaced.
    expect(held!.attempts).toBe(2);
    // Every update ended sent or replaced; the ones shown are in order, the booking's end last.
    expect(messages.every((m) => m.state === 'sent' || (m.state === 'skipped' && m.reason === REPLACED))).toBe(true);
    expect(updates.map(bookedOn)).toEqual(messages.filter((m) => m.state === 'sent').map((m) => (m.payload as Progress).progress.booked));
    expect(updates.map(bookedOn)).not.toContain((held!.payload as Progress).progress.booked);
    expect(cardText(cardOf(updates.at(-1)!))).toMatch(FINAL);
    // The chat Teams asked to wait waited: nothing more went into it for 2 s.
    const refused = tries.find((t) => t.status === 429)!;
    expect(refused.conversationId).toBe(group);
    expect(tries.filter((t) => t.at > refused.at).every((t) => t.at - refused.at >= 2_000)).toBe(true);
  });
});
