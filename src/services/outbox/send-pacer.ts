/**
 * Keeps every instance's sends within Teams' limits: per conversation, and for the whole app. Each send is given
 * its moment in the shared send log before it waits, so sends started together, here or in another instance,
 * queue up rather than all going at once.
 */
import { sendMoment } from '../../domain/outbox/index.js';
import type { SendLog } from '../ports/index.js';

/** A send that goes this much later than its moment is re-timed in the log; less is within the limits' margin. */
const LATE_MS = 20;

/** A send's turn: `went` once it has gone. */
export interface Turn {
  went(): Promise<void>;
}

export class SendPacer {
  /** `clock` must be the one the log reads. */
  constructor(
    private readonly log: SendLog,
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Resolves when a send into `conversation` keeps every limit, and counts that send. If that is further off than
   * `maxWaitMs`, nothing is counted and it answers when to come back, so that a worker is not held by one chat's
   * wait while others could be sent to. Once the send has gone (taken or refused), call `went`.
   */
  async turn(conversation: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<Turn | { comeBackAt: number }> {
    const { moment, ticket } = await this.log.reserve(conversation, (history, now) => sendMoment(history, now, maxWaitMs));
    if ('comeBackAt' in moment) return moment;
    const now = this.clock();
    if (moment.at > now) await this.sleep(moment.at - now);
    return { went: () => this.went(ticket, moment.at) };
  }

  /**
   * A send can reach Teams well after its moment: a sleeper woken late by a busy event loop, a process's first send
   * (its card templates and connection still to make). The sends timed after it must count it from when it went;
   * its end is the latest that can be.
   */
  private async went(ticket: string | undefined, at: number): Promise<void> {
    const ended = this.clock();
    if (ticket && ended > at + LATE_MS) await this.log.wentAt(ticket, ended);
  }

  /** Holds every send into `conversation` until `until` (ms), in every instance. */
  hold(conversation: string, until: number): Promise<void> {
    return this.log.hold(conversation, until);
  }
}
