/**
 * The connector clients kept across turns (src/bot/edge/kept-clients.ts), through the real bot: turns' replies keep
 * the client's retrying, and the outbox's sends go through a client without it, so that the outbox alone decides
 * when to try again (within Teams' limits).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { SMALL_REVIEW } from '../support/small-review.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');

describe('connector clients kept across turns, with and without retries', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([alex], { TICK_SECONDS: '0' });
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
  });
  afterAll(async () => h?.close());

  it("retries a turn's reply that Teams answers 503, within the turn", async () => {
    let refused = 0;
    h.connector.intercept = (kind) => (kind === 'reply' && refused++ === 0 ? { status: 503 } : undefined);
    const before = h.connector.attempts.length;
    const replies = await h.client.say(alex, 'help');
    h.connector.intercept = undefined;
    expect(h.connector.attempts.slice(before).map((a) => a.status)).toEqual([503, 200]);
    expect(replies).toHaveLength(1);
  });

  it("leaves an outbox send's 503 to the outbox: the message is tried again as its second attempt", async () => {
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    const concern = await h.convene.store.concerns.add({ reviewId, author: alex.email, text: 'kept clients' });
    let refused = 0;
    h.connector.intercept = (kind, activity) => (kind !== 'update' && activity.attachments && refused++ === 0 ? { status: 503 } : undefined);
    const key = `test:kept-clients:${concern.id}`;
    await h.convene.store.messages.add([{ key, reviewId, recipient: alex.email, payload: { kind: 'concern', concernId: concern.id }, dueAt: new Date().toISOString() }]);
    await h.convene.tick();
    const deadline = Date.now() + 20_000;
    let message = await h.convene.store.messages.get(key);
    while (message?.state !== 'sent' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      message = await h.convene.store.messages.get(key);
    }
    h.connector.intercept = undefined;
    expect(message?.state).toBe('sent');
    expect(message?.attempts).toBe(2);
    expect(refused).toBe(2);
  });
});
