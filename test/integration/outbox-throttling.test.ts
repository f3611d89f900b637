/**
 * The outbox against a connector that throttles: every tenth send is answered 429 with Retry-After: 2, and one
 * person has blocked the app (403). Through the real bot (store, pg-boss queue, adapter) and the connector's
 * record of every send with its time: all arrive, once each, and none faster than Teams' limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_LIMITS, CONVERSATION_LIMITS, type SendLimit } from '../../src/domain/outbox/index.js';
import type { OutboundMessage, StoredMessage } from '../../src/services/ports/index.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import type { Attempt } from '../support/connector-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { cardOf, cardText } from '../support/teams-client.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const people = Array.from({ length: 40 }, (_, n) => user(String(100 + n), `Person ${n}`, `person.${n}@testshire.example`));
const blocked = people[0]!;
/** Alex gets 20 in a row, so the per-conversation limits bite too; everyone else 2. */
const PER_PERSON = 2;
const TO_ALEX = 20;

/** Every window of each limit, over the times given: the largest count found in any window, per limit. */
const busiest = (times: number[], limits: readonly SendLimit[]) =>
  limits.map(({ count, windowMs }) => {
    const sorted = [...times].sort((a, b) => a - b);
    let most = 0;
    for (let i = 0, j = 0; j < sorted.length; j += 1) {
      while (sorted[j]! - sorted[i]! >= windowMs) i += 1;
      most = Math.max(most, j - i + 1);
    }
    return { count, windowMs, most };
  });

describe('the outbox within Teams’ limits', () => {
  let h: BotHarness;
  let keys: string[] = [];
  let ended: StoredMessage[] = [];
  let tookMs = 0;
  let started = 0;
  beforeAll(async () => {
    h = await startBotHarness([alex, ...people], { TICK_SECONDS: '0' });
    for (const who of [alex, ...people]) await h.client.say(who, 'help');
    await h.client.say(alex, `import\n${SMALL_REVIEW}`);
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    const blockedConversation = h.client.conversationOf(blocked);
    let sends = 0;
    h.connector.intercept = (kind, activity) => {
      if (kind === 'update' || !activity.attachments) return undefined;
      if (activity.conversation?.id === blockedConversation) return { status: 403 };
      sends += 1;
      return sends % 10 === 0 ? { status: 429, retryAfter: '2' } : undefined;
    };
    const messages: OutboundMessage[] = [];
    const add = async (email: string, n: number) => {
      const concern = await h.convene.store.concerns.add({ reviewId, author: alex.email, text: `message ${messages.length}` });
      messages.push({ key: `test:${email}:${n}`, reviewId, recipient: email, payload: { kind: 'concern', concernId: concern.id }, dueAt: new Date().toISOString() });
    };
    for (const who of people) for (let n = 0; n < PER_PERSON; n += 1) await add(who.email, n);
    for (let n = 0; n < TO_ALEX; n += 1) await add(alex.email, n);
    keys = messages.map((m) => m.key);
    await h.convene.store.messages.add(messages);
    started = Date.now();
    // The timer's run hands every message without a job to the queue: here, all of them.
    await h.convene.tick();
    const deadline = Date.now() + 60_000;
    for (;;) {
      ended = (await h.convene.store.messages.forReview(reviewId)).filter((m) => keys.includes(m.key));
      if (ended.every((m) => m.state !== 'queued' && m.state !== 'sending') || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    tookMs = Date.now() - started;
  }, 90_000);
  afterAll(async () => h?.close());

  const delivered = () => h.connector.recorded.filter((r) => r.kind !== 'update' && /^message \d+$/m.test(cardText(cardOf(r))));

  it('delivers every message once, each throttled one after its Retry-After', async () => {
    const expected = keys.length - PER_PERSON;
    expect(ended.filter((m) => m.state === 'sent')).toHaveLength(expected);
    const texts = delivered().map((r) => cardText(cardOf(r)).match(/^message \d+$/m)![0]);
    expect(texts).toHaveLength(expected);
    expect(new Set(texts).size).toBe(expected);
    const throttled = h.connector.attempts.filter((a) => a.status === 429);
    expect(throttled.length).toBeGreaterThanOrEqual(Math.floor(expected / 10));
    // Nothing more went into a refused conversation before the 2 s it was asked to wait.
    for (const refusal of throttled) {
      const next = h.connector.attempts.find((a) => a.conversationId === refusal.conversationId && a.at > refusal.at);
      expect(next && next.at - refusal.at).toBeGreaterThanOrEqual(2_000);
    }
    // 80 to people at 50 a second, with 20 in one conversation at 8 in 2 s: bounded below by the limits.
    expect(tookMs).toBeGreaterThanOrEqual(4_000);
    console.info(`outbox throttling: ${ended.length} messages in ${tookMs} ms, ${throttled.length} answered 429`);
  });

  it('never goes faster than the limits, in any conversation or for the app', () => {
    // The outbox's sends: the chat's own replies before (help, import) are answers to turns, not paced here.
    const tried = h.connector.attempts.filter((a) => a.kind !== 'update' && a.at >= started);
    const byConversation = new Map<string, Attempt[]>();
    for (const a of tried) byConversation.set(a.conversationId, [...(byConversation.get(a.conversationId) ?? []), a]);
    for (const [conversation, attempts] of byConversation) {
      for (const { count, windowMs, most } of busiest(attempts.map((a) => a.at), CONVERSATION_LIMITS)) {
        expect(most, `${conversation}: ${most} sends in ${windowMs} ms`).toBeLessThanOrEqual(count);
      }
    }
    for (const { count, most } of busiest(tried.map((a) => a.at), APP_LIMITS)) expect(most).toBeLessThanOrEqual(count);
    expect(byConversation.get(h.client.conversationOf(alex))!.length).toBeGreaterThanOrEqual(TO_ALEX);
  });

  it('marks the person who blocked the app, once per message, and tries them no more', () => {
    const toBlocked = ended.filter((m) => m.recipient === blocked.email);
    expect(toBlocked.map((m) => [m.state, m.reason])).toEqual([
      ['blocked', 'they have blocked or removed Convene'],
      ['blocked', 'they have blocked or removed Convene'],
    ]);
    expect(h.connector.attempts.filter((a) => a.conversationId === h.client.conversationOf(blocked) && a.status === 403)).toHaveLength(PER_PERSON);
  });
});
