/** Outlook runs at most 4 requests at once per app and mailbox; more come back 429. */
const MAX_PER_MAILBOX = 4;

/**
 * Counts the requests in flight per mailbox across every call one adapter makes, so that a booking,
 * a free/busy look-up and an RSVP running at once still keep each mailbox to its limit. It is per
 * process: bot instances that share a database each keep their own count, and a 429 then waits.
 */
export class MailboxGate {
  private readonly inFlight = new Map<string, number>();
  private waiting: (() => void)[] = [];

  free(mailbox: string): number {
    return MAX_PER_MAILBOX - (this.inFlight.get(mailbox) ?? 0);
  }

  take(mailbox: string): void {
    this.inFlight.set(mailbox, (this.inFlight.get(mailbox) ?? 0) + 1);
  }

  release(mailbox: string): void {
    const left = (this.inFlight.get(mailbox) ?? 1) - 1;
    if (left > 0) this.inFlight.set(mailbox, left);
    else this.inFlight.delete(mailbox);
    const woken = this.waiting;
    this.waiting = [];
    for (const wake of woken) wake();
  }

  /** Resolves at the next release, whichever mailbox it frees. */
  released(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Runs one request once its mailbox has room. */
  async run<T>(mailbox: string, request: () => Promise<T>): Promise<T> {
    while (this.free(mailbox) <= 0) await this.released();
    this.take(mailbox);
    try {
      return await request();
    } finally {
      this.release(mailbox);
    }
  }
}
