import { describe, expect, it } from 'vitest';
import { APP_LIMITS, CONVERSATION_LIMITS } from '../../src/domain/outbox/index.js';
import { SendPacer } from '../../src/services/outbox/index.js';
import { ProcessSendLog } from '../../src/store/send-log.js';
import { busiestWindows } from '../support/busiest-windows.js';

/**
 * A pacer on a clock that only sleeping (each sleep overrunning by `overrunMs`, as a blocked event loop makes it)
 * and `pass` move; each send is stamped with the clock when its turn comes.
 */
const paced = (overrunMs = 0) => {
  let now = 1_000_000;
  const pacer = new SendPacer(
    new ProcessSendLog(() => now),
    () => now,
    async (ms) => {
      now += ms + overrunMs;
    },
  );
  const sends: { to: string; at: number }[] = [];
  const send = async (to: string) => {
    await pacer.turn(to);
    sends.push({ to, at: now });
  };
  const pass = (ms: number) => {
    now += ms;
  };
  return { send, sends, pacer, now: () => now, pass };
};

describe('the send pacer', () => {
  it('keeps one conversation within 7 a second, 8 in 2 s and 60 in 30 s, however many wait', async () => {
    const { send, sends } = paced();
    for (let n = 0; n < 120; n += 1) await send('alex');
    for (const { count, most } of busiestWindows(sends.map((s) => s.at), CONVERSATION_LIMITS)) expect(most).toBeLessThanOrEqual(count);
    // 60 in 30 s binds: the 120th cannot go before about 30 s have passed.
    expect(sends.at(-1)!.at - sends[0]!.at).toBeGreaterThanOrEqual(30_000);
  });

  it('keeps the app within 50 a second across conversations, and no slower than it must', async () => {
    const { send, sends } = paced();
    for (let n = 0; n < 500; n += 1) await send(`person-${n}`);
    for (const { count, most } of busiestWindows(sends.map((s) => s.at), APP_LIMITS)) expect(most).toBeLessThanOrEqual(count);
    const seconds = (sends.at(-1)!.at - sends[0]!.at) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(9);
    expect(seconds).toBeLessThan(11);
  });

  it('counts a send when it really goes, when a busy event loop wakes it late', async () => {
    const { pacer, now, pass } = paced(30);
    const times: number[] = [];
    for (let n = 0; n < 200; n += 1) {
      const turn = await pacer.turn(`person-${n}`);
      times.push(now());
      // The send itself takes a moment; a late one pushes the next on.
      pass(n % 10 === 0 ? 40 : 1);
      if ('went' in turn) await turn.went();
    }
    for (const { count, most } of busiestWindows(times, APP_LIMITS)) expect(most).toBeLessThanOrEqual(count);
  });

  it("counts a process's slow first send from when it went, for the sends timed after it", async () => {
    const { pacer, send, sends, now, pass } = paced();
    const first = await pacer.turn('person-0');
    // Its card templates and connection still to make: it reaches Teams up to 150 ms after its moment.
    pass(150);
    if ('went' in first) await first.went();
    const wentAt = now();
    for (let n = 1; n <= 50; n += 1) await send(`person-${n}`);
    expect(sends.at(-1)!.at - wentAt).toBeGreaterThanOrEqual(1_000);
  });

  it('holds a conversation Teams asked to wait, and only that one, sending to others meanwhile', async () => {
    const { send, sends, pacer, now } = paced();
    const start = now();
    await pacer.hold('alex', start + 2_000);
    await send('sam');
    expect(await pacer.turn('alex', 1_000)).toEqual({ comeBackAt: start + 2_000 });
    await send('sam');
    await send('alex');
    expect(sends.map((s) => [s.to, s.at - start])).toEqual([
      ['sam', 0],
      ['sam', 0],
      ['alex', 2_000],
    ]);
  });
});
