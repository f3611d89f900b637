/**
 * The real outbox (pg-boss on the test's store, the real pacer) for tests that call the services directly:
 * what the bot's composition root wires, without the bot.
 */
import { Outbox, SendPacer } from '../../src/services/outbox/index.js';
import type { CalendarPort, Messenger } from '../../src/services/ports/index.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { openOutboxQueue } from '../../src/store/outbox-queue.js';

/** Teams' side when nobody has a chat with the bot: the outbox never gets as far as sending. */
export const nobodyReachable: Messenger = {
  deliver: async () => undefined,
  replaceCard: async () => undefined,
  conversationOf: () => 'nobody',
  referenceFor: () => undefined,
};

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const LEASE_SECONDS = 30;
const FAR_FUTURE = '2100-01-01T00:00:00.000Z';

export interface TestOutbox {
  outbox: Outbox;
  /** Starts a worker, as every bot instance runs, and waits until nothing is left to send. */
  drain(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export const openTestOutbox = async (store: OpenedStore, calendar: CalendarPort, messenger: Messenger): Promise<TestOutbox> => {
  const queue = await openOutboxQueue({ db: store.db, leaseSeconds: LEASE_SECONDS, pollSeconds: 0.5, log: silent });
  const outbox = new Outbox({ store, calendar, messenger, queue, pacer: new SendPacer(store.sendLog), log: silent, now: () => new Date().toISOString(), leaseSeconds: LEASE_SECONDS });
  let working = false;
  return {
    outbox,
    async drain(timeoutMs = 30_000) {
      if (!working) await queue.work(async (key) => void (await outbox.deliver(key)));
      working = true;
      const until = Date.now() + timeoutMs;
      while ((await store.messages.undelivered(FAR_FUTURE)) > 0) {
        if (Date.now() > until) throw new Error('the outbox did not finish sending');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => queue.stop(),
  };
};
