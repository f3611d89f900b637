/**
 * One durable way out for everything Convene sends on its own. A message is first a row (its key makes a repeat
 * the same message), then a job; whoever takes the row for a try (a queue worker in any instance, or the turn
 * that wants it sent at once) holds it for a lease, sends it within Teams' limits, retries what Teams asks to
 * retry, and marks how it ended. A process killed mid-send leaves a row whose lease runs out: it is tried again.
 */
import { MAX_ATTEMPTS, outcomeOf, retryDelayMs } from '../../domain/outbox/index.js';
import { SendRefused, type CalendarPort, type Log, type MessageQueue, type MessageState, type Messenger, type OutboundMessage, type Store, type StoredMessage } from '../ports/index.js';
import { jobFor, retryJob } from './jobs.js';
import { composeNotice } from './compose-notice.js';
import type { SendPacer } from './send-pacer.js';

/** A send that must wait longer than this for its chat's limits goes back to the queue, so the worker sends to other chats meanwhile. */
const MAX_WAIT_MS = 1_000;

export interface OutboxDeps {
  store: Store;
  /** The digest reads answers given in Outlook, as `status` does. */
  calendar: CalendarPort;
  messenger: Messenger;
  queue: MessageQueue;
  pacer: SendPacer;
  log: Log;
  /** The review's clock (tests move it): what is due, and what has gone stale. */
  now: () => string;
  /** How long one try may hold a message. */
  leaseSeconds: number;
  /** Real time, for when to try again (the queue's own clock is the database's). */
  wallClock?: () => number;
  random?: () => number;
}

export class Outbox {
  private readonly wallClock: () => number;
  private readonly random: () => number;

  constructor(private readonly deps: OutboxDeps) {
    this.wallClock = deps.wallClock ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  /** Keeps the messages (a key seen before is the same message) and queues the new ones for their time; answers how many were new. */
  async queue(messages: OutboundMessage[]): Promise<number> {
    const added = await this.deps.store.messages.add(messages);
    await this.deps.queue.enqueue(added.map(jobFor));
    return added.length;
  }

  /** Queues the messages and sends them now, in this turn; answers how each ended (`queued` or `sending`: still to go). */
  async sendNow(messages: OutboundMessage[]): Promise<Map<string, MessageState>> {
    await this.queue(messages);
    const ended = new Map<string, MessageState>();
    for (const message of messages) ended.set(message.key, await this.deliver(message.key));
    return ended;
  }

  /** One try of a message; the queue's workers call this with each job's key. Answers the state it is left in. */
  async deliver(key: string): Promise<MessageState> {
    const { store, leaseSeconds } = this.deps;
    const begun = await store.messages.begin(key, leaseSeconds);
    if ('ended' in begun) return (await store.messages.get(key))?.state ?? 'skipped';
    if ('heldUntil' in begun) {
      // Someone else has it: a job after their lease makes sure it is not left if they stop.
      const held = await store.messages.get(key);
      if (held) await this.deps.queue.enqueue([retryJob(held, begun.heldUntil)]);
      return 'sending';
    }
    return this.send(begun.taken);
  }

  /** Failed messages queued again now, from the start; answers how many were still failed. */
  async resend(keys: string[]): Promise<number> {
    const at = this.deps.now();
    const jobs = [];
    for (const key of keys) {
      const job = await this.deps.store.messages.resend(key, at);
      if (job) jobs.push(job);
    }
    await this.deps.queue.enqueue(jobs);
    return jobs.length;
  }

  /** Messages whose job was lost (a crash between the row and the job) or whose taker stopped: queued again. */
  async requeue(): Promise<void> {
    await this.deps.queue.enqueue(await this.deps.store.messages.unfinished(this.deps.leaseSeconds));
  }

  private async send(message: StoredMessage): Promise<MessageState> {
    const { store, messenger, log } = this.deps;
    const end = async (state: Exclude<MessageState, 'queued' | 'sending'>, detail: { reason?: string; activityId?: string } = {}) => {
      await store.messages.finish(message.key, state, { ...detail, at: this.deps.now() });
      // Who and what stay out of the log: the kind, how it ended and why say enough to act on.
      const fields = { kind: message.payload.kind, state, reason: detail.reason };
      if (state === 'failed' || state === 'blocked') log.warn(fields, 'message not sent');
      else if (state !== 'sent') log.info(fields, 'message not sent');
      return state;
    };
    const reference = await store.people.conversationFor(message.recipient);
    if (!reference) return end('unreachable', { reason: 'no chat with Convene' });
    const composed = await composeNotice(this.deps, message);
    if ('skip' in composed) return end('skipped', { reason: composed.skip });
    const turn = await this.deps.pacer.turn(message.recipient, MAX_WAIT_MS);
    if (turn !== 'go') {
      await this.deps.queue.enqueue([await store.messages.retryAt(message.key, new Date(turn.comeBackAt).toISOString())]);
      return 'queued';
    }
    try {
      const activityId = await messenger.deliver(reference, composed.notice);
      return end('sent', activityId ? { activityId } : {});
    } catch (error) {
      const refused = error instanceof SendRefused ? error : undefined;
      const outcome = refused ? outcomeOf(refused.status) : 'retry';
      const reason = refused ? refused.message : `no answer from Teams (${error instanceof Error ? error.message : String(error)})`;
      if (outcome === 'blocked') return end('blocked', { reason: 'they have blocked or removed Convene' });
      if (outcome !== 'retry') return end('failed', { reason });
      const delay = retryDelayMs(message.attempts, refused?.retryAfterSeconds, this.random());
      if (delay === undefined) return end('failed', { reason: `${reason}, ${MAX_ATTEMPTS} times` });
      // Back to the queue rather than a wait here: one slow conversation must not hold up the others.
      const retryAt = this.wallClock() + delay;
      // Teams asked this chat to wait: the other messages into it wait as well.
      if (refused?.retryAfterSeconds !== undefined) this.deps.pacer.hold(message.recipient, retryAt);
      const at = new Date(retryAt).toISOString();
      await this.deps.queue.enqueue([await store.messages.retryAt(message.key, at, reason)]);
      return 'queued';
    }
  }
}
