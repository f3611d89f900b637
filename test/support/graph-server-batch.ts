/**
 * `POST /$batch` held to Graph's description of JSON batching (concepts/json-batching): at most 20 requests, each
 * with an `id` unique in the batch (not case-sensitive), a method and a relative url, and a `Content-Type` header
 * whenever it has a body; otherwise the whole batch fails with 400. Responses "might appear in a different order
 * than the requests", so they come back in reverse: a caller must match them by id.
 */
import { decodePath, graphError, json, type GraphCall, type GraphReply } from './graph-server-reply.js';

const MAX_BATCH = 20;

interface BatchSubRequest {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

/** Answers a batch through `handle`, one sub-request at a time when they are chained with dependsOn. */
export const answerBatch = async (call: GraphCall, handle: (sub: GraphCall) => Promise<GraphReply>): Promise<GraphReply> => {
  const subRequests = (call.body as { requests?: BatchSubRequest[] } | undefined)?.requests;
  if (!Array.isArray(subRequests)) return badRequest('Invalid batch payload format.');
  const refused = malformed(subRequests);
  if (refused) return refused;
  const answer = async (sub: BatchSubRequest) => {
    const reply = await handle(subCall(sub, call.origin));
    return { id: sub.id, status: reply.status, headers: reply.headers ?? {}, body: reply.body };
  };
  // Graph runs a batch in parallel unless its requests are chained with dependsOn.
  const sequential = subRequests.some((sub) => sub.dependsOn?.length);
  const responses = [];
  if (sequential) for (const sub of subRequests) responses.push(await answer(sub));
  else responses.push(...(await Promise.all(subRequests.map(answer))));
  return json({ responses: responses.reverse() });
};

const badRequest = (message: string): GraphReply => graphError(400, 'BadRequest', message);

/** Why Graph would refuse the whole batch, or undefined when it would run it. */
const malformed = (subRequests: BatchSubRequest[]): GraphReply | undefined => {
  if (subRequests.length === 0) return badRequest('Invalid batch payload format.');
  if (subRequests.length > MAX_BATCH) return badRequest(`A batch holds at most ${MAX_BATCH} requests.`);
  const ids = new Set<string>();
  for (const sub of subRequests) {
    if (typeof sub.id !== 'string' || sub.id === '' || typeof sub.method !== 'string' || typeof sub.url !== 'string') {
      return badRequest('Each request of a batch needs an id, a method and a url.');
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(sub.url)) return badRequest(`Invalid request URL: ${sub.url} (it must be relative).`);
    const id = sub.id.toLowerCase();
    if (ids.has(id)) return badRequest(`The batch holds more than one request with id ${sub.id}.`);
    ids.add(id);
    const typed = Object.keys(sub.headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
    if (sub.body !== undefined && !typed) return badRequest(`Request ${sub.id} has a body but no Content-Type header.`);
  }
  return undefined;
};

const subCall = (sub: BatchSubRequest, origin: string): GraphCall => {
  const relative = String(sub.url);
  const url = new URL(relative.startsWith('/') ? relative : `/${relative}`, origin);
  return {
    method: String(sub.method).toUpperCase(),
    path: decodePath(url.pathname),
    query: url.searchParams,
    headers: Object.fromEntries(Object.entries(sub.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value])),
    body: sub.body,
    origin,
  };
};
