/**
 * Keeps this process's sends within Teams' limits: per conversation, and for the whole app. Each send is given
 * its moment before it waits, so sends started together queue up rather than all going at once.
 */
import { APP_LIMITS, CONVERSATION_LIMITS, earliestSend, type SendLimit } from '../../domain/outbox/index.js';

/** Each window a little longer than Teams' own: a send's arrival there lags its start here by a few milliseconds. */
const MARGIN_MS = 100;
const padded = (limits: readonly SendLimit[]): SendLimit[] => limits.map((limit) => ({ ...limit, windowMs: limit.windowMs + MARGIN_MS }));
const PER_CONVERSATION = padded(CONVERSATION_LIMITS);
const PER_APP = padded(APP_LIMITS);

/** The longest window of any limit: older sends no longer count. */
const KEPT_MS = Math.max(...[...PER_CONVERSATION, ...PER_APP].map((limit) => limit.windowMs));

export class SendPacer {
  private readonly byConversation = new Map<string, number[]>();
  private readonly app: number[] = [];
  /** Conversations Teams asked to wait (429 with Retry-After): nothing more goes into them before then. */
  private readonly held = new Map<string, number>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Resolves when a send into `conversation` keeps every limit, and counts that send: `go`. If that is further
   * off than `maxWaitMs`, nothing is counted and it answers when to come back, so that a worker is not held
   * by one chat's wait while others could be sent to.
   */
  async turn(conversation: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<'go' | { comeBackAt: number }> {
    const now = this.clock();
    const sent = this.byConversation.get(conversation) ?? [];
    const held = this.held.get(conversation) ?? now;
    const own = Math.max(earliestSend(sent, PER_CONVERSATION, now), held);
    if (own - now > maxWaitMs) return { comeBackAt: own };
    // Never before a moment already given out: the limits are checked on sends in order.
    const at = Math.max(own, earliestSend(this.app, PER_APP, now), this.app.at(-1) ?? now);
    sent.push(at);
    this.app.push(at);
    this.byConversation.set(conversation, sent);
    this.forget(now);
    if (at > now) await this.sleep(at - now);
    // A busy event loop wakes a sleeper late: what counts against the limits is when the send really goes.
    const actual = this.clock();
    if (actual > at) {
      replace(sent, at, actual);
      replace(this.app, at, actual);
    }
    return 'go';
  }

  /** Holds every send into `conversation` until `until` (ms). */
  hold(conversation: string, until: number): void {
    this.held.set(conversation, Math.max(until, this.held.get(conversation) ?? 0));
  }

  private forget(now: number): void {
    for (const [conversation, until] of this.held) if (until <= now) this.held.delete(conversation);
    const cutOff = now - KEPT_MS;
    while (this.app.length > 0 && this.app[0]! < cutOff) this.app.shift();
    for (const [conversation, sent] of this.byConversation) {
      while (sent.length > 0 && sent[0]! < cutOff) sent.shift();
      if (sent.length === 0) this.byConversation.delete(conversation);
    }
  }
}

/** Moves one moment in a sorted list to a later one, keeping it sorted. */
const replace = (times: number[], from: number, to: number): void => {
  const i = times.lastIndexOf(from);
  if (i < 0) return;
  times.splice(i, 1);
  let j = times.length;
  while (j > 0 && times[j - 1]! > to) j -= 1;
  times.splice(j, 0, to);
};
