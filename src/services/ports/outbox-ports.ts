/**
 * The outbox: every message Convene sends on its own (not as the answer to a turn) is first a row, with its due
 * time and an idempotency key, and then a job that a worker in any bot instance takes, sends and marks.
 */
import type { ProgressUpdate, SendHistory, SendMoment } from '../../domain/outbox/index.js';
import type { OutlookChange } from './calendar-change-ports.js';
import type { CardLocation } from './ports.js';
import type { BookingProgress } from './read-models.js';

/** What a message is for; the outbox turns it back into a card only when it is sent, from what is true then. */
export type MessagePayload =
  | { kind: 'invite'; invitationId: string }
  | { kind: 'reminder'; invitationId: string; reminder: 'noReply' | 'joiningDetails'; meantFor: string; /** Pressed by the project team, not the policy's. */ remindNow?: true }
  | { kind: 'digest' }
  | { kind: 'concern'; concernId: string }
  | { kind: 'decline'; invitationId: string }
  | { kind: 'prompt'; prompt: 'note' | 'caseForm'; bookingId: string }
  /**
   * Update number `update` of a proposal's card while it is booked, made in place where the card is (a group chat,
   * maybe). The progress is the run's at that step: the bookings alone cannot tell how many of them this run tried.
   */
  | { kind: 'progress'; proposalId: string; update: number; card: CardLocation; progress: BookingProgress }
  /**
   * A card in the invitee's chat that shows an invitation (`reminder` unset: the invite card), made true again in
   * place when the update an answer made of it at once did not go through.
   */
  | { kind: 'answerCard'; invitationId: string; activityId: string; reminder?: 'noReply' | 'joiningDetails' }
  /** To each of the project team: a booked session was moved or cancelled in the organiser's calendar, not through Convene. */
  | { kind: 'changedInOutlook'; bookingId: string; change: OutlookChange };

export type MessageKind = MessagePayload['kind'];

/**
 * queued: waiting for its time or a worker; sending: a worker has it (or had it, and stopped); the rest are ends.
 * skipped: no longer worth sending (the reason says why); unreachable: the person has no chat with the bot;
 * emailed: they have no chat, and it went as an email from the organiser mailbox instead.
 */
export type MessageState = 'queued' | 'sending' | 'sent' | 'emailed' | 'failed' | 'blocked' | 'skipped' | 'unreachable';

export interface OutboundMessage {
  /** The idempotency key: a second message with the same key is the same message. */
  key: string;
  reviewId: string;
  recipient: string;
  payload: MessagePayload;
  /** UTC ISO. */
  dueAt: string;
}

export interface StoredMessage extends OutboundMessage {
  state: MessageState;
  attempts: number;
  reason?: string;
  sentAt?: string;
  /** The sent activity, so that the card can be updated in place later. */
  activityId?: string;
}

export interface MessageRepository {
  /** Adds the messages whose keys are new; answers those it added (a key seen before is left as it is). */
  add(messages: OutboundMessage[]): Promise<OutboundMessage[]>;
  get(key: string): Promise<StoredMessage | undefined>;
  /**
   * Takes a message for one try, for `leaseSeconds`: one queued, or one whose last taker's lease ran out (it
   * stopped mid-send). Its attempts go up by one. Otherwise: it has ended, or someone holds it until `until`.
   */
  begin(key: string, leaseSeconds: number): Promise<{ taken: StoredMessage } | { ended: true } | { heldUntil: string; retry: QueuedJob }>;
  /**
   * Puts a taken message back, to be tried again at `at`: Teams asked to wait (`reason` says what it answered),
   * or, with no reason, the chat's limits were reached and this try did not count.
   */
  retryAt(key: string, at: string, reason?: string): Promise<QueuedJob>;
  /** Ends it. */
  finish(key: string, state: Exclude<MessageState, 'queued' | 'sending'>, detail: { reason?: string; activityId?: string; at: string }): Promise<void>;
  /** Messages not ended and not held: the tick hands them to the queue again, which knows the jobs it has. */
  unfinished(leaseSeconds: number): Promise<QueuedJob[]>;
  forReview(reviewId: string): Promise<StoredMessage[]>;
  /**
   * The chat of `email` (the invitee), and the reminders for the invitation sent into it, each with its activity:
   * cards to update when the answer changes. Undefined when they have no chat with Convene.
   */
  remindersInChat(invitationId: string, email: string): Promise<RemindersInChat | undefined>;
  /** Those that ended failed, oldest first. */
  failed(reviewId: string): Promise<StoredMessage[]>;
  /** The invitations whose invite card is queued or being sent: it will go without anyone's help. */
  invitesOnTheWay(reviewId: string): Promise<string[]>;
  /** Those of these messages that failed, queued again from the start at `at`, their attempts counted afresh; the rest are left. */
  resend(keys: string[], at: string): Promise<QueuedJob[]>;
  /** The progress updates of a proposal's card so far, in order, each held or not by a try (leases of `leaseSeconds`). */
  progressUpdates(proposalId: string, leaseSeconds: number): Promise<ProgressUpdate[]>;
  /** The number of the card's last progress update; 0 before the first. */
  lastProgressUpdate(proposalId: string): Promise<number>;
  /** Who has blocked or removed the app, as their sends to them answered (403). */
  blockedRecipients(reviewId: string): Promise<string[]>;
  /** How many due by `before` have not ended: what a shutdown, or a test, waits for. */
  undelivered(before: string): Promise<number>;
}

export interface RemindersInChat {
  reference: unknown;
  reminders: { activityId: string; reminder: 'noReply' | 'joiningDetails' }[];
}

/** A job for a message: `job` names one try of it (its key, and how far it got), so a new try is a new job. */
export interface QueuedJob {
  key: string;
  job: string;
  /** UTC ISO: not before. */
  startAfter: string;
}

/** The durable queue the messages' jobs go through (pg-boss): claimed atomically, returned after a lease. */
export interface MessageQueue {
  /** One job per `job` however often it is called. */
  enqueue(jobs: QueuedJob[]): Promise<void>;
  /** Starts taking due jobs in this process; `deliver` is called with each job's message key. */
  work(deliver: (key: string) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every instance's recent sends, kept where all instances see them, so that Teams' limits hold for the app as a
 * whole and not only for each process.
 */
export interface SendLog {
  /**
   * In one step that no other instance's send can come between: reads the recent sends into `conversation` and the
   * app's, lets `decide` time the next (given the log's clock then, ms), and records it when it goes. The ticket
   * lets a late send be re-timed.
   */
  reserve(conversation: string, decide: (history: SendHistory, now: number) => SendMoment): Promise<{ moment: SendMoment; ticket?: string }>;
  /** The send went later than reserved (a busy event loop wakes a sleeper late): what counts is when it went. */
  wentAt(ticket: string, at: number): Promise<void>;
  /** Nothing more goes into `conversation` before `until` (ms). */
  hold(conversation: string, until: number): Promise<void>;
}
