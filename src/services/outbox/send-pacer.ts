/**
 * Keeps every instance's sends within Teams' limits: per conversation, and for the whole app. Each send is given
 * its moment in the shared send log before it waits, so sends started together, here or in another instance,
 * queue up rather than all going at once.
 */
import { sendMoment } from '../../domain/outbox/index.js';
import type { SendLog } from '../ports/index.js';

/** A send that goes this much later than its moment is re-timed in the log; less is within the limits' margin. */
const LATE_MS = 20;

export class SendPacer {
  /** `clock` must be the one the log reads. */
  constructor(
    private readonly log: SendLog,
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Resolves when a send into `conversation` keeps every limit, and counts that send: `go`. If that is further
   * off than `maxWaitMs`, nothing is counted and it answers when to come back, so that a worker is not held
   * by one chat's wait while others could be sent to.
   */
  async turn(conversation: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<'go' | { comeBackAt: number }> {
    const { moment, ticket } = await this.log.reserve(conversation, (history, now) => sendMoment(history, now, maxWaitMs));
    if ('comeBackAt' in moment) return moment;
    const now = this.clock();
    if (moment.at > now) await this.sleep(moment.at - now);
    // A busy event loop wakes a sleeper late: what counts against the limits is when the send really goes.
    const actual = this.clock();
    // Not awaited: the send must go now, not after the log's queue. Should the write fail, the log holds this one
    // send a little early, which the limits' margin covers; the database's failure shows in the send's own writes.
    if (ticket && actual > moment.at + LATE_MS) void this.log.wentAt(ticket, actual).catch(() => undefined);
    return 'go';
  }

  /** Holds every send into `conversation` until `until` (ms), in every instance. */
  hold(conversation: string, until: number): Promise<void> {
    return this.log.hold(conversation, until);
  }
}
