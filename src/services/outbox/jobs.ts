/** The jobs that carry messages to a worker: one per try, named by how far the message had got. */
import type { OutboundMessage, QueuedJob, StoredMessage } from '../ports/index.js';

export const jobFor = (message: OutboundMessage): QueuedJob => ({ key: message.key, job: `${message.key}#0#`, startAfter: message.dueAt });

/** A try after someone else's hold: if they finish, it finds the message ended and does nothing. */
export const retryJob = (message: StoredMessage, heldUntil: string): QueuedJob => ({ key: message.key, job: `${message.key}#${message.attempts}#${heldUntil}`, startAfter: heldUntil });
