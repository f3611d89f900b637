/**
 * Teams' limits on what a bot may send, and when the next message may go. Teams answers a send over a limit with
 * 429; keeping under them means nothing has to be retried for being too fast.
 */

export interface SendLimit {
  count: number;
  /** The window, in milliseconds: at most `count` sends in any window this long. */
  windowMs: number;
}

/** Per conversation: 7 a second, 8 in 2 s, 60 in 30 s, 1,800 an hour. */
export const CONVERSATION_LIMITS: readonly SendLimit[] = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1_800, windowMs: 3_600_000 },
];

/** For the whole app, in one tenant: 50 a second. */
export const APP_LIMITS: readonly SendLimit[] = [{ count: 50, windowMs: 1_000 }];

/**
 * The earliest moment, not before `now`, at which one more send keeps every limit, given the times (ms) of the
 * sends so far in ascending order. A send at s counts in every window (t − windowMs, t] that holds it.
 */
export const earliestSend = (sent: readonly number[], limits: readonly SendLimit[], now: number): number => {
  let at = now;
  for (const { count, windowMs } of limits) {
    const blocking = sent[sent.length - count];
    if (blocking !== undefined) at = Math.max(at, blocking + windowMs);
  }
  return at;
};

/** What a send's answer means for the message. */
export type SendOutcome = 'sent' | 'retry' | 'blocked' | 'failed';

/** 429, 412 and the gateway errors are passing; 403 is a person who blocked or removed the app; other refusals stand. */
export const outcomeOf = (status: number): SendOutcome => {
  if (status >= 200 && status < 300) return 'sent';
  if ([412, 429, 502, 503, 504].includes(status)) return 'retry';
  if (status === 403) return 'blocked';
  return 'failed';
};

/** After this many tries a message is marked failed with its reason, for the project team to see and resend. */
export const MAX_ATTEMPTS = 6;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;
/** A Retry-After longer than this is taken as this: a wrong header must not hold a reminder past its session. */
const MAX_RETRY_AFTER_MS = 300_000;

/**
 * How long to wait before try number `attempt` + 1: what `Retry-After` asked (seconds), or exponential backoff
 * with full jitter (`random` in [0, 1)), so that many instances retrying at once spread out. Undefined: give up.
 */
export const retryDelayMs = (attempt: number, retryAfterSeconds: number | undefined, random: number): number | undefined => {
  if (attempt >= MAX_ATTEMPTS) return undefined;
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    return Math.min(retryAfterSeconds * 1_000, MAX_RETRY_AFTER_MS);
  }
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.floor(random * ceiling);
};

/** Each window a little longer than Teams' own: a send's arrival there lags its start here by a few milliseconds. */
const MARGIN_MS = 100;
const padded = (limits: readonly SendLimit[]): SendLimit[] => limits.map((limit) => ({ ...limit, windowMs: limit.windowMs + MARGIN_MS }));
const PER_CONVERSATION = padded(CONVERSATION_LIMITS);
const PER_APP = padded(APP_LIMITS);

/** How far back the sends count, for one conversation and for the app: older ones need not be kept. */
export const CONVERSATION_KEPT_MS = Math.max(...PER_CONVERSATION.map((limit) => limit.windowMs));
export const APP_KEPT_MS = Math.max(...PER_APP.map((limit) => limit.windowMs));

/** The sends that count when the next one into a conversation is timed, every instance's (ms, ascending). */
export interface SendHistory {
  conversation: readonly number[];
  app: readonly number[];
  /** Teams asked this conversation to wait (429 with Retry-After) until then. */
  heldUntil?: number;
}

/** When the next send may go; or, when its conversation must wait longer than the caller will, when to come back. */
export type SendMoment = { at: number } | { comeBackAt: number };

/**
 * The moment for one more send into a conversation, keeping its limits, its hold and the app's limit. Never before
 * a moment already given out: the limits are checked on sends in order.
 */
export const sendMoment = (history: SendHistory, now: number, maxWaitMs = Number.POSITIVE_INFINITY): SendMoment => {
  const own = Math.max(earliestSend(history.conversation, PER_CONVERSATION, now), history.heldUntil ?? now);
  if (own - now > maxWaitMs) return { comeBackAt: own };
  return { at: Math.max(own, earliestSend(history.app, PER_APP, now), history.app.at(-1) ?? now) };
};
