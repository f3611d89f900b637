import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerBatch } from './graph-server-batch.js';
import type { ExpiredAnswer } from './graph-server-delta.js';
import { GraphMailboxes } from './graph-server-mailboxes.js';
import { ChangeNotifications, type LifecycleEvent } from './graph-server-notifications.js';
import { outlookOn, type Outlook } from './graph-server-outlook.js';
import { decodePath, graphError, type GraphCall, type GraphReply } from './graph-server-reply.js';
import { routeGroups } from './graph-server-groups.js';
import { routeCall } from './graph-server-routes.js';
import type { BusyItem, ScheduleSources } from './graph-server-schedule.js';
import { ServerSubscriptions, type Delivery, type GraphSubscription } from './graph-server-subscriptions.js';

export type { BusyItem } from './graph-server-schedule.js';
export type { MeetingNotice } from './graph-server-event-changes.js';
export type { Delivery, GraphSubscription } from './graph-server-subscriptions.js';

/**
 * A Graph-compatible server on 127.0.0.1 for the calls GraphCalendar and sendBatch make: events with
 * attendee copies and transactionId, accept / tentativelyAccept / decline, PATCH and cancel of events (with the
 * meeting mail they send), calendarView/delta, `$filter=iCalUId eq`,
 * getSchedule, sendMail, Teams app installations for users and their chats, users by
 * address or id, `$batch`, subscriptions to a mailbox's events with their validation handshake, change and lifecycle
 * notifications (graph-server-subscriptions, graph-server-notifications), injected 429 / 503 with Retry-After, and
 * bearer tokens. It is as strict as Graph's v1.0
 * description where the adapter could go wrong: the zones a dateTimeTimeZone takes (graph-server-zones), an
 * event's properties, getSchedule's 20 people and 62 days, and what makes a `$batch` malformed (graph-server-batch).
 */
export interface GraphServerOptions {
  /** When set, only this bearer token is accepted; otherwise any bearer token is. */
  token?: string;
  /** Addresses getSchedule answers with an error entry, as Graph does for a mailbox it cannot find. */
  unknownPeople?: string[];
  /** Time each call takes, so that concurrent calls overlap measurably. */
  latencyMs?: number;
  /** The server's clock (UTC ISO), by which subscriptions expire; the real one by default. */
  now?: () => string;
}

export interface SubscriptionsOnServer {
  /** Those not expired. */
  live(): GraphSubscription[];
  /** Every POST made to a bot: handshakes, change and lifecycle notifications. */
  deliveries: Delivery[];
  /** Sends a lifecycle notification, as Graph would (subscriptionRemoved removes the subscription first). */
  lifecycle(id: string, event: LifecycleEvent): Promise<Delivery>;
  /** Graph deleted it (it expired unrenewed): no notifications, and a renewal is answered 404. */
  expire(id: string): void;
  /** Resolves once every notification sent so far has been answered. */
  settled(): Promise<void>;
}

export interface LoggedRequest {
  method: string;
  /** Decoded, without the version: `/users/ana@example.org/events`, `/$batch`. */
  path: string;
  search: string;
  /** A sub-request of a `$batch`. */
  inBatch: boolean;
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: unknown;
}

/** `METHOD /path` exactly as logged, or a pattern tested against it. */
export type RequestMatch = string | RegExp;

export interface FailureOptions {
  status: 429 | 503;
  retryAfterSeconds?: number;
  times?: number;
}

export interface GraphServer {
  url: string;
  /** For createGraphClient: the client appends `v1.0/`. */
  baseUrl: string;
  mailboxes: GraphMailboxes;
  requests: LoggedRequest[];
  failNext(match: RequestMatch, options: FailureOptions): void;
  /** Drops every injected failure not yet used. */
  clearFailures(): void;
  setBusy(email: string, items: BusyItem[]): void;
  /** An Entra group and its members' addresses (nested groups already flattened, as transitiveMembers lists them). */
  setGroup(id: string, members: string[]): void;
  /** Most calls ever handled at once for one mailbox (Outlook allows 4). */
  peakInFlight(mailbox: string): number;
  /** Changes made in Outlook, which calendarView/delta then reports (meeting mail in `mailboxes.notices`). */
  outlook: Outlook;
  /** Forgets every calendarView/delta token handed out: using one is answered as expired (410 by default). */
  expireDeltaTokens(answer?: ExpiredAnswer): void;
  subscriptions: SubscriptionsOnServer;
  close(): Promise<void>;
}

interface Failure extends FailureOptions {
  match: RequestMatch;
  remaining: number;
}

export const startGraphServer = async (options: GraphServerOptions = {}): Promise<GraphServer> => {
  const mailboxes = new GraphMailboxes();
  const sources: ScheduleSources = {
    mailboxes,
    busy: new Map(),
    unknownPeople: new Set((options.unknownPeople ?? []).map((email) => email.toLowerCase())),
  };
  const requests: LoggedRequest[] = [];
  const groups = new Map<string, string[]>();
  const failures: Failure[] = [];
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  const subscriptions = new ServerSubscriptions(options.now ?? (() => new Date().toISOString()), (made) => changes.watch(made));
  const changes = new ChangeNotifications(mailboxes, subscriptions);

  const injectedFailure = (call: GraphCall): GraphReply | undefined => {
    const line = `${call.method} ${call.path}`;
    const matches = (match: RequestMatch) => (typeof match === 'string' ? match === line : match.test(line));
    const failure = failures.find((entry) => entry.remaining > 0 && matches(entry.match));
    if (!failure) return undefined;
    failure.remaining -= 1;
    const reply =
      failure.status === 429
        ? graphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.')
        : graphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable.');
    const retryAfter = failure.retryAfterSeconds;
    return retryAfter === undefined ? reply : { ...reply, headers: { 'Retry-After': String(retryAfter) } };
  };

  const handle = async (call: GraphCall, inBatch: boolean): Promise<GraphReply> => {
    const [root, id] = call.path.split('/').filter(Boolean);
    const mailbox = root === 'users' && id ? id.toLowerCase() : '';
    const count = (inFlight.get(mailbox) ?? 0) + 1;
    inFlight.set(mailbox, count);
    peaks.set(mailbox, Math.max(peaks.get(mailbox) ?? 0, count));
    try {
      await new Promise((resolve) => setTimeout(resolve, options.latencyMs ?? 0));
      const reply = injectedFailure(call) ?? (await subscriptions.route(call)) ?? routeGroups(call, groups) ?? routeCall(call, sources);
      if (call.method !== 'GET') changes.look();
      const { method, path, headers, body } = call;
      requests.push({ method, path, search: call.query.toString(), inBatch, status: reply.status, headers, body });
      return reply;
    } finally {
      inFlight.set(mailbox, (inFlight.get(mailbox) ?? 1) - 1);
    }
  };

  const batch = async (call: GraphCall): Promise<GraphReply> =>
    injectedFailure(call) ?? answerBatch(call, (sub) => handle(sub, true));

  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => send(res, graphError(500, 'InternalServerError', String(error))));
  });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const versioned = /^\/v1\.0(\/.*)$/.exec(url.pathname);
    if (!versioned) return send(res, graphError(404, 'UnknownError', `No route for ${method} ${url.pathname}`));
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) {
      return send(res, graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
    }
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return send(res, graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.'));
    }
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return send(res, graphError(400, 'BadRequest', 'Unable to read JSON request payload.'));
    }
    const call: GraphCall = {
      method,
      path: decodePath(versioned[1]!),
      query: url.searchParams,
      headers: Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)])),
      body,
      origin,
    };
    if (call.path === '/$batch' && method === 'POST') {
      const reply = await batch(call);
      const { path, headers } = call;
      requests.push({ method, path, search: '', inBatch: false, status: reply.status, headers, body });
      return send(res, reply);
    }
    send(res, await handle(call, false));
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseUrl: `${url}/`,
    mailboxes,
    requests,
    failNext: (match, failure) => failures.push({ ...failure, match, remaining: failure.times ?? 1 }),
    clearFailures: () => failures.splice(0),
    setBusy: (email, items) => sources.busy.set(email.toLowerCase(), items),
    setGroup: (id, members) => void groups.set(id.toLowerCase(), members.map((email) => email.toLowerCase())),
    peakInFlight: (mailbox) => peaks.get(mailbox.toLowerCase()) ?? 0,
    outlook: outlookOn(mailboxes, () => changes.look()),
    expireDeltaTokens: (answer) => mailboxes.delta.expire(answer),
    subscriptions: {
      live: () => subscriptions.live(),
      deliveries: subscriptions.deliveries,
      lifecycle: (id, event) => changes.lifecycle(id, event),
      expire: (id) => subscriptions.forget(id),
      settled: () => changes.settled(),
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const send = (res: ServerResponse, reply: GraphReply): void => {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, { ...headers, 'Content-Length': '0' }).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  res
    .writeHead(reply.status, { ...headers, 'Content-Type': 'application/json; odata.metadata=minimal; charset=utf-8' })
    .end(text);
};
