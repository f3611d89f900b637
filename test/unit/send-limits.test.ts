import { describe, expect, it } from 'vitest';
import { APP_LIMITS, CONVERSATION_LIMITS, earliestSend, MAX_ATTEMPTS, outcomeOf, retryDelayMs, type SendLimit } from '../../src/domain/outbox/index.js';

/** Sends `n` messages each at the earliest moment the limits allow, starting at 0. */
const sendAll = (n: number, limits: readonly SendLimit[]): number[] => {
  const sent: number[] = [];
  for (let i = 0; i < n; i++) sent.push(earliestSend(sent, limits, 0));
  return sent;
};

/** The most sends in any window of the limit's length. */
const busiest = (sent: number[], windowMs: number): number => {
  let most = 0;
  for (let i = 0, j = 0; j < sent.length; j++) {
    while (sent[j]! - sent[i]! >= windowMs) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
};

describe('Teams’ send limits', () => {
  it('lets 7 go at once in a conversation, the 8th a second later, and the 9th two seconds after the first', () => {
    expect(sendAll(10, CONVERSATION_LIMITS)).toEqual([0, 0, 0, 0, 0, 0, 0, 1_000, 2_000, 2_000]);
  });

  it('keeps 2,000 sends in one conversation within every window, as fast as the limits allow', () => {
    const sent = sendAll(2_000, CONVERSATION_LIMITS);
    for (const { count, windowMs } of CONVERSATION_LIMITS) expect(busiest(sent, windowMs), `${count} in ${windowMs} ms`).toBeLessThanOrEqual(count);
    // 1,800 in the first hour and the rest from the hour on: the hourly limit is met, not undershot.
    expect(sent[1_799]).toBeLessThan(3_600_000);
    expect(sent[1_800]).toBe(3_600_000);
  });

  it('keeps the app to 50 a second, and sends 1,000 in under 20 s', () => {
    const sent = sendAll(1_000, APP_LIMITS);
    expect(busiest(sent, 1_000)).toBe(50);
    expect(sent.at(-1)).toBe(19_000);
  });

  it('never gives a moment before now', () => {
    expect(earliestSend([0, 1, 2], CONVERSATION_LIMITS, 5_000)).toBe(5_000);
    expect(earliestSend([], APP_LIMITS, 42)).toBe(42);
  });
});

describe('what a send’s answer means', () => {
  it.each([
    [200, 'sent'], [201, 'sent'], [429, 'retry'], [412, 'retry'], [502, 'retry'], [503, 'retry'], [504, 'retry'],
    [403, 'blocked'], [400, 'failed'], [404, 'failed'], [500, 'failed'],
  ] as const)('%i is %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });

  it('waits what Retry-After says, else backs off exponentially with jitter, and gives up after the last try', () => {
    expect(retryDelayMs(1, 2, 0.5)).toBe(2_000);
    expect(retryDelayMs(1, 0, 0.5)).toBe(0);
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, undefined, 0.999_999))).toEqual([999, 1_999, 3_999, 7_999, 15_999]);
    expect(retryDelayMs(3, undefined, 0)).toBe(0);
    expect(retryDelayMs(MAX_ATTEMPTS, 2, 0.5)).toBeUndefined();
  });
});
