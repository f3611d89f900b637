/**
 * One durable way out for everything Convene sends on its own. A message is first a row (its key makes a repeat
 * the same message), then a job; whoever takes the row for a try (a queue worker in any instance, or the turn
 * that wants it sent at once) holds it for a lease, sends it within Teams' limits, retries what Teams asks to
 * retry, and marks how it ended. A process killed mid-send leaves a row whose lease runs out: it is tried again.
 */
import { jobName, MAX_ATTEMPTS, outcomeOf, retryDelayMs } from '../../domain/outbox/index.js';
import { SendRefused, type AppInstaller, type CardLocation, type CalendarPort, type Log, type Mailer, type MessageQueue, type MessageState, type Messenger, type Notice, type OutboundMessage, type Store, type StoredMessage } from '../ports/index.js';

import { composeNotice } from './compose-notice.js';
import { findChat, type FindChatDeps } from './find-chat.js';
import type { SendPacer } from './send-pacer.js';

/** A send that must wait longer than this for its chat's limits goes back to the queue, so the worker sends to other chats meanwhile. */
const MAX_WAIT_MS = 1_000;

/** How long a progress update waits for an earlier one of its card that a try holds (a send takes milliseconds). */
const EARLIER_UPDATE_WAIT_MS = 500;

type Ended = Exclude<MessageState, 'queued' | 'sending'>;
type End = (state: Ended, detail?: { reason?: string; activityId?: string }) => Promise<MessageState>;

const progressCard = (message: StoredMessage) => (message.payload.kind === 'progress' ? message.payload.card : undefined);

/** Where a message redraws a card in place rather than posting a new one: a proposal's progress, an invitation's card. */
const cardToReplace = (message: StoredMessage, reference: unknown): CardLocation | undefined => {
  const { payload } = message;
  if (payload.kind === 'answerCard') return { activityId: payload.activityId, reference };
  return progressCard(message);
};

export interface OutboxDeps {
  store: Store;
  /** Reminders to someone with no chat go by email, when there is a mailer (with the Graph calendar). */
  mailer?: Mailer;
  /** Installs Convene for someone with no chat, when the tenant's app catalog id is known. */
  installer?: AppInstaller;
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
  private readonly chats: FindChatDeps;

  constructor(private readonly deps: OutboxDeps) {
    this.wallClock = deps.wallClock ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.chats = { ...deps, people: deps.store.people, wallClock: this.wallClock, random: this.random };
  }

  /** Keeps the messages (a key seen before is the same message) and queues the new ones for their time; answers how many were new. */
  async queue(messages: OutboundMessage[]): Promise<number> {
    return this.keep(messages, (m) => m.dueAt);
  }

  /**
   * Keeps the messages and sends them now, in this turn; answers how each ended (`queued` or `sending`: still to
   * go). Their jobs wait out a lease: they are there in case this process stops mid-send, and must not race the turn.
   * With `failedAgain`, those of them that failed before go again from the start (Finish booking's invite cards).
   */
  async sendNow(messages: OutboundMessage[], options: { failedAgain?: boolean } = {}): Promise<Map<string, MessageState>> {
    const backstop = new Date(this.wallClock() + this.deps.leaseSeconds * 1_000).toISOString();
    await this.keep(messages, () => backstop);
    if (options.failedAgain) await this.deps.queue.enqueue(await this.deps.store.messages.resend(messages.map((m) => m.key), backstop));
    const ended = new Map<string, MessageState>();
    for (const message of messages) ended.set(message.key, await this.deliver(message.key));
    return ended;
  }

  /**
   * A message its caller sent itself, in its turn, and Teams did not take: kept, and tried again as the outbox's own
   * are, after what Teams asked (the chat into `reference` waits as well) or a short backoff.
   */
  async takeOver(message: OutboundMessage, reference: unknown, error: unknown): Promise<void> {
    const refused = error instanceof SendRefused ? error : undefined;
    const at = this.wallClock() + (retryDelayMs(1, refused?.retryAfterSeconds, this.random()) ?? 0);
    if (refused?.retryAfterSeconds !== undefined) await this.deps.pacer.hold(this.deps.messenger.conversationOf(reference), at);
    await this.keep([message], () => new Date(at).toISOString());
  }

  private async keep(messages: OutboundMessage[], startAfter: (message: OutboundMessage) => string): Promise<number> {
    const added = await this.deps.store.messages.add(messages);
    await this.deps.queue.enqueue(added.map((m) => ({ key: m.key, job: jobName(m.key, 0), startAfter: startAfter(m) })));
    return added.length;
  }

  /** One try of a message; the queue's workers call this with each job's key. Answers the state it is left in. */
  async deliver(key: string): Promise<MessageState> {
    const { store, leaseSeconds } = this.deps;
    const begun = await store.messages.begin(key, leaseSeconds);
    if ('ended' in begun) return (await store.messages.get(key))?.state ?? 'skipped';
    if ('heldUntil' in begun) {
      // Someone else has it: a job after their lease makes sure it is not left if they stop.
      await this.deps.queue.enqueue([begun.retry]);
      return 'sending';
    }
    return this.send(begun.taken);
  }

  /** Failed messages queued again now, from the start; answers how many were still failed. */
  async resend(keys: string[]): Promise<number> {
    const jobs = await this.deps.store.messages.resend(keys, this.deps.now());
    await this.deps.queue.enqueue(jobs);
    return jobs.length;
  }

  /** Messages whose job was lost (a crash between the row and the job) or whose taker stopped: queued again. */
  async requeue(): Promise<void> {
    await this.deps.queue.enqueue(await this.deps.store.messages.unfinished(this.deps.leaseSeconds));
  }

  /** Someone with no chat kept: the chat of Convene's installation for them, if there is one; else a reminder goes by email. */
  private async reachWithoutChat(message: StoredMessage, notice: Notice, end: End): Promise<MessageState> {
    const found = await findChat(this.chats, message);
    if ('reference' in found) return this.sendTo(found.reference, message, notice, end);
    if ('retryAt' in found) return this.tryAgainAt(message, found.retryAt, found.reason);
    if ('failed' in found) return end('failed', { reason: found.failed });
    return this.sendByEmail(message, notice, end);
  }

  private async tryAgainAt(message: StoredMessage, at: number, reason?: string): Promise<MessageState> {
    await this.deps.queue.enqueue([await this.deps.store.messages.retryAt(message.key, new Date(at).toISOString(), reason)]);
    return 'queued';
  }

  /** Someone with no chat with Convene: a reminder goes as an email from the organiser mailbox; anything else cannot reach them. */
  private async sendByEmail(message: StoredMessage, notice: Notice, end: End): Promise<MessageState> {
    if (!this.deps.mailer || notice.kind !== 'reminder') return end('unreachable', { reason: 'no chat with Convene' });
    try {
      await this.deps.mailer.sendReminder(notice.review.organiser, message.recipient, notice);
      return end('emailed');
    } catch (error) {
      return end('failed', { reason: `the email was not sent: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  /** An invite card's end is kept on its invitation too: the reminders, the digest and card updates read it there. */
  private async markInvitation(message: StoredMessage, state: Ended, at: string, activityId: string | undefined): Promise<void> {
    if (message.payload.kind !== 'invite') return;
    const { invitations } = this.deps.store;
    if (state === 'sent') await invitations.markCardSent(message.payload.invitationId, at, activityId);
    else if (state === 'unreachable' || state === 'blocked') await invitations.markCardMissed(message.payload.invitationId, at);
  }

  private async send(message: StoredMessage): Promise<MessageState> {
    const { store, log } = this.deps;
    const end: End = async (state, detail = {}) => {
      const at = this.deps.now();
      await this.markInvitation(message, state, at, detail.activityId);
      await store.messages.finish(message.key, state, { ...detail, at });
      // Who and what stay out of the log: the kind, how it ended and why say enough to act on.
      const fields = { kind: message.payload.kind, state, reason: detail.reason };
      if (state === 'failed' || state === 'blocked') log.warn(fields, 'message not sent');
      else if (state !== 'sent') log.info(fields, 'message not sent');
      return state;
    };
    const composed = await composeNotice(this.deps, message);
    if ('skip' in composed) return end('skipped', { reason: composed.skip });
    if ('wait' in composed) return this.tryAgainAt(message, this.wallClock() + EARLIER_UPDATE_WAIT_MS);
    // A progress update goes where its card is (a group chat, maybe); everything else into the person's own chat.
    const reference = progressCard(message)?.reference ?? (await store.people.conversationFor(message.recipient));
    if (!reference) return this.reachWithoutChat(message, composed.notice, end);
    return this.sendTo(reference, message, composed.notice, end);
  }

  private async sendTo(reference: unknown, message: StoredMessage, notice: Notice, end: End): Promise<MessageState> {
    const { messenger } = this.deps;
    const card = cardToReplace(message, reference);
    const conversation = messenger.conversationOf(reference);
    const turn = await this.deps.pacer.turn(conversation, MAX_WAIT_MS);
    if ('comeBackAt' in turn) return this.tryAgainAt(message, turn.comeBackAt);
    try {
      const sending = card ? messenger.replaceCard(card, notice).then(() => card.activityId) : messenger.deliver(reference, notice);
      const activityId = await sending.finally(() => turn.went());
      return end('sent', activityId ? { activityId } : {});
    } catch (error) {
      const refused = error instanceof SendRefused ? error : undefined;
      const outcome = refused ? outcomeOf(refused.status) : 'retry';
      const reason = refused ? refused.message : `no answer from Teams (${error instanceof Error ? error.message : String(error)})`;
      // A card in a chat Convene was removed from: the presser has not blocked it, and their other cards still reach them.
      if (outcome === 'blocked' && progressCard(message)) return end('failed', { reason: 'Convene is no longer in the chat of the proposal card' });
      if (outcome === 'blocked') return end('blocked', { reason: 'they have blocked or removed Convene' });
      if (outcome !== 'retry') return end('failed', { reason });
      const delay = retryDelayMs(message.attempts, refused?.retryAfterSeconds, this.random());
      if (delay === undefined) return end('failed', { reason: `${reason}, ${MAX_ATTEMPTS} times` });
      // Back to the queue rather than a wait here: one slow conversation must not hold up the others.
      const retryAt = this.wallClock() + delay;
      // Teams asked this chat to wait: the other messages into it wait as well.
      if (refused?.retryAfterSeconds !== undefined) await this.deps.pacer.hold(conversation, retryAt);
      return this.tryAgainAt(message, retryAt, reason);
    }
  }
}
