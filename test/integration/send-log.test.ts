/**
 * Teams' limits across instances: two pacers, each with its own connection to one database as two bot instances
 * have, share the send log, so that together they keep the app's 50 a second and each conversation's limits.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APP_LIMITS, CONVERSATION_KEPT_MS, CONVERSATION_LIMITS, sendMoment, type SendHistory } from '../../src/domain/outbox/index.js';
import { SendPacer } from '../../src/services/outbox/index.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { SqlSendLog } from '../../src/store/send-log.js';
import { busiestWindows } from '../support/busiest-windows.js';
import { describeEachDatabase } from '../support/databases.js';


describeEachDatabase('the send log shared by instances', (context) => {
  let second: OpenedStore | undefined;
  let first: SendPacer;
  let other: SendPacer;

  beforeAll(async () => {
    // PGlite lives in one process: the second instance can only be the same database.
    second = context.options.databaseUrl ? await openStore(context.options) : undefined;
    first = new SendPacer(new SqlSendLog(context.db));
    other = new SendPacer(new SqlSendLog(second?.db ?? context.db));
  });
  afterAll(async () => {
    await second?.close();
  });

  it('keeps two instances together within 50 a second, and no slower than they must', async () => {
    const times: number[] = [];
    const send = async (pacer: SendPacer, to: string) => {
      await pacer.turn(to);
      times.push(Date.now());
    };
    const began = Date.now();
    await Promise.all(Array.from({ length: 150 }, (_, n) => send(n % 2 === 0 ? first : other, `person-${n}`)));
    const [app] = busiestWindows(times, APP_LIMITS);
    expect(app!.most).toBeLessThanOrEqual(app!.count);
    // 150 at 50 a second: two seconds at the least, and not much more.
    const seconds = (Math.max(...times) - began) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(1.9);
    expect(seconds).toBeLessThan(4.5);
  });

  it("keeps one conversation's limits when both instances send into it", async () => {
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, n) => {
        await (n % 2 === 0 ? first : other).turn('alex@example.org');
        times.push(Date.now());
      }),
    );
    for (const { count, most } of busiestWindows(times, CONVERSATION_LIMITS)) expect(most).toBeLessThanOrEqual(count);
  });

  it("holds a conversation in every instance when Teams asks one to wait, and leaves the others' alone", async () => {
    const until = Date.now() + 3_000;
    await first.hold('sam@example.org', until);
    expect(await other.turn('sam@example.org', 1_000)).toEqual({ comeBackAt: until });
    expect(await other.turn('kim@example.org', 1_000)).toHaveProperty('went');
  });

  it('times the next send from when a late one really went, and forgets sends older than the longest window', async () => {
    let now = Date.now() + 60_000;
    const log = new SqlSendLog(context.db, () => now);
    const start = now;
    let seen: readonly number[] = [];
    const look = (history: SendHistory, at: number) => {
      seen = history.conversation;
      return sendMoment(history, at);
    };
    const { ticket } = await log.reserve('lee@example.org', look);
    await log.wentAt(ticket!, start + 400);
    now = start + 500;
    await log.reserve('lee@example.org', look);
    expect(seen).toEqual([start + 400]);
    now = start + CONVERSATION_KEPT_MS + 1_000;
    const later = now;
    await log.reserve('lee@example.org', look);
    expect(seen).toEqual([]);
    const kept = await context.db.selectFrom('send_log').select('sent_at').where('conversation', '=', 'lee@example.org').execute();
    expect(kept.map((row) => row.sent_at)).toEqual([later]);
  });
});
