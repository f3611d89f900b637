import type { Client } from '@microsoft/microsoft-graph-client';
import { MailboxGate } from './mailbox-gate.js';

/** One request to send inside a `$batch`: a path relative to the version, e.g. `/users/{id}/events`. */
export interface BatchRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

interface BatchResponseBody {
  responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
}

const MAX_PER_BATCH = 20;
const MAX_ATTEMPTS = 5;
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * Sends the requests in `$batch`es and answers in their order, retrying sub-requests that answered 429
 * after their Retry-After (a 429 or 503 on the whole batch is retried by the client's RetryHandler).
 *
 * Concurrency: a batch takes only requests whose mailbox has room in the gate, and holds that room until
 * it is answered, so no mailbox ever has more than 4 in flight, counting the gate's other callers. We
 * split batches rather than chain with dependsOn: Graph rejects a batch that mixes chains with parallel
 * requests ("fully sequential or fully parallel"), a fully serial batch runs one request at a time, and
 * one failure in a chain turns the rest of it into 424s.
 */
/** A request waiting for its turn, with its place in the caller's list (the sub-request's id). */
interface Queued {
  index: number;
  request: BatchRequest;
}

export const sendBatch = async (
  client: Client,
  requests: readonly BatchRequest[],
  gate: MailboxGate = new MailboxGate(),
): Promise<BatchResponse[]> => {
  const results: BatchResponse[] = [];
  const attempts = new Map<number, number>();
  let queue: Queued[] = requests.map((request, index) => ({ index, request }));
  while (queue.length > 0) {
    const { batch, rest } = takeBatch(queue, gate);
    if (batch.length === 0) {
      await gate.released();
      continue;
    }
    let response: BatchResponseBody;
    try {
      response = await client.api('/$batch').post({
        requests: batch.map(({ index, request }) => subRequest(index, request)),
      });
    } finally {
      for (const { request } of batch) gate.release(mailboxOf(request.url));
    }
    const throttled: Queued[] = [];
    let waitSeconds = 0;
    for (const answer of response.responses) {
      // An answer to a request this batch did not carry is not ours to record.
      const queued = batch.find(({ index }) => String(index) === answer.id);
      if (!queued) continue;
      const { index } = queued;
      const headers = answer.headers ?? {};
      results[index] = { status: answer.status, headers, body: answer.body };
      const attempt = (attempts.get(index) ?? 0) + 1;
      attempts.set(index, attempt);
      if (answer.status === 429 && attempt < MAX_ATTEMPTS) {
        throttled.push(queued);
        waitSeconds = Math.max(waitSeconds, retryAfterSeconds(headers));
      }
    }
    if (throttled.length > 0) await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000));
    queue = [...throttled, ...rest];
    // Others woken by our release take their room first, so a long booking cannot keep a mailbox to itself.
    if (queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
};

/** The mailbox a request acts on (`/users/{id}/...`), or '' for anything else. */
export const mailboxOf = (url: string): string => {
  const match = /^\/?users\/([^/?]+)/i.exec(url);
  return match?.[1] ? decodeURIComponent(match[1]).toLowerCase() : '';
};

/** Fills one batch in queue order: up to 20 requests, each taking room in its mailbox; the rest wait their turn. */
const takeBatch = (queue: readonly Queued[], gate: MailboxGate): { batch: Queued[]; rest: Queued[] } => {
  const batch: Queued[] = [];
  const rest: Queued[] = [];
  for (const queued of queue) {
    const mailbox = mailboxOf(queued.request.url);
    if (batch.length < MAX_PER_BATCH && gate.free(mailbox) > 0) {
      batch.push(queued);
      gate.take(mailbox);
    } else {
      rest.push(queued);
    }
  }
  return { batch, rest };
};

/**
 * Graph refuses a whole batch that repeats an id (not case-sensitive) or has a body without a Content-Type header
 * (concepts/json-batching). The id is the request's place in the caller's list, so no two in a batch are the same;
 * a body goes with exactly one Content-Type: the caller's, in whatever case, or JSON.
 */
const subRequest = (index: number, request: BatchRequest) => {
  if (request.body === undefined) return { id: String(index), method: request.method, url: request.url, headers: request.headers };
  const typed = Object.keys(request.headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
  const headers = typed ? request.headers : { 'Content-Type': 'application/json', ...request.headers };
  return { id: String(index), method: request.method, url: request.url, body: request.body, headers };
};

const retryAfterSeconds = (headers: Record<string, string>): number => {
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === 'retry-after')?.[1];
  const seconds = Number(value);
  return value !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS;
};
