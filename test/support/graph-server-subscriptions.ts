/**
 * `/subscriptions` as Graph answers it for Outlook events (the subscription resource; "Receive change notifications
 * through webhooks"). A create is refused unless both URLs pass the validation handshake: a POST with
 * `?validationToken=` answered 200, text/plain, with the token decoded, within 10 seconds. The expiry must be ahead
 * and at most 4,230 minutes away, on create and on renewal (PATCH); an expired subscription is gone (404), as Graph
 * deletes one not renewed in time. Two departures from Graph, which calls only https, anywhere: plain http on loopback
 * is allowed, so that a test's bot can be called without TLS; and only loopback is called, so an address elsewhere
 * fails at once, as an unreachable one fails Graph's handshake after its 10 seconds.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { graphError, json, type GraphCall, type GraphReply } from './graph-server-reply.js';

export interface GraphSubscription {
  id: string;
  /** Lower-case email of the mailbox whose events it watches. */
  mailbox: string;
  resource: string;
  changeTypes: string[];
  notificationUrl: string;
  lifecycleNotificationUrl?: string;
  clientState?: string;
  /** UTC ISO. */
  expirationDateTime: string;
}

/** A POST Graph made to a bot: the handshake, change notifications, or a lifecycle notification. */
export interface Delivery {
  kind: 'validation' | 'change' | 'lifecycle';
  url: string;
  /** 0 when there was no answer in time, or none at all. */
  status: number;
  contentType: string;
  text: string;
  /** How long the answer took. */
  ms: number;
  /** What was sent: the validation token, or the notifications. */
  sent: unknown;
}

/** Outlook message, event and contact subscriptions (the subscription resource's table of maximum lengths). */
export const MAX_MINUTES = 4_230;
const CHANGE_TYPES = new Set(['created', 'updated', 'deleted']);
const MAX_CLIENT_STATE = 128;
const VALIDATION_TIMEOUT_MS = 10_000;
const RESOURCE = /^\/?users\/([^/]+)\/events$/i;
const NOT_FOUND = (): GraphReply => graphError(404, 'ResourceNotFound', 'The object was not found.');

export class ServerSubscriptions {
  private readonly byId = new Map<string, GraphSubscription>();
  /** Every POST made to a bot, in order of answer. */
  readonly deliveries: Delivery[] = [];

  constructor(
    private readonly now: () => string,
    /** Called with each subscription made, so that changes from then on are told. */
    private readonly watching: (subscription: GraphSubscription) => void,
  ) {}

  /** Those not expired, oldest first; the expired are forgotten, as Graph deletes them. */
  live(): GraphSubscription[] {
    for (const [id, subscription] of this.byId) if (Date.parse(subscription.expirationDateTime) <= Date.parse(this.now())) this.byId.delete(id);
    return [...this.byId.values()];
  }

  get(id: string): GraphSubscription | undefined {
    return this.live().find((subscription) => subscription.id === id);
  }

  /** Graph removed it (subscriptionRemoved), or it expired unrenewed: from now on it is unknown. */
  forget(id: string): void {
    this.byId.delete(id);
  }

  /** POST a body to a bot, as Graph does: answered within `timeoutMs`, or counted as no answer. */
  async post(kind: Delivery['kind'], url: string, body: string, contentType: string, sent: unknown, timeoutMs: number): Promise<Delivery> {
    const started = performance.now();
    const delivery: Delivery = { kind, url, status: 0, contentType: '', text: '', ms: 0, sent };
    try {
      if (!isLoopback(new URL(url))) throw new Error('only loopback is called');
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body, signal: AbortSignal.timeout(timeoutMs) });
      delivery.status = response.status;
      delivery.contentType = response.headers.get('content-type') ?? '';
      delivery.text = await response.text();
    } catch {
      // No answer: Graph would try again later; here the delivery records it.
    }
    delivery.ms = performance.now() - started;
    this.deliveries.push(delivery);
    return delivery;
  }

  /** `/subscriptions` and `/subscriptions/{id}`; undefined for any other call. */
  async route(call: GraphCall): Promise<GraphReply | undefined> {
    const [root, id, action, ...more] = call.path.split('/').filter(Boolean);
    if (root !== 'subscriptions' || more.length > 0) return undefined;
    if (!id) {
      if (call.method === 'POST') return this.create(call);
      if (call.method === 'GET') return json({ value: this.live().map((s) => this.present(s, call)) });
      return undefined;
    }
    const subscription = this.get(id);
    if (!subscription) return NOT_FOUND();
    if (call.method === 'POST' && action === 'reauthorize') return { status: 204 };
    if (action) return undefined;
    if (call.method === 'GET') return json(this.present(subscription, call));
    if (call.method === 'DELETE') {
      this.byId.delete(id);
      return { status: 204 };
    }
    if (call.method !== 'PATCH') return undefined;
    const expiry = this.expiryProblem((call.body as { expirationDateTime?: unknown } | undefined)?.expirationDateTime);
    if (typeof expiry !== 'string') return expiry;
    subscription.expirationDateTime = expiry;
    return json(this.present(subscription, call));
  }

  private async create(call: GraphCall): Promise<GraphReply> {
    const body = (call.body ?? {}) as Record<string, unknown>;
    const { changeType, notificationUrl, lifecycleNotificationUrl, resource, clientState } = body;
    for (const name of ['changeType', 'notificationUrl', 'resource', 'expirationDateTime']) {
      if (typeof body[name] !== 'string') return invalid(`${name} is a required property for subscription creation.`);
    }
    const changeTypes = String(changeType).split(',').map((type) => type.trim());
    if (!changeTypes.every((type) => CHANGE_TYPES.has(type))) return invalid(`Invalid change type: '${changeType}'.`);
    const mailbox = RESOURCE.exec(String(resource))?.[1];
    if (!mailbox?.includes('@')) return invalid(`Unsupported resource '${resource}': this server knows /users/{email}/events only.`);
    if (clientState !== undefined && (typeof clientState !== 'string' || clientState.length > MAX_CLIENT_STATE)) {
      return invalid(`clientState must be a string of at most ${MAX_CLIENT_STATE} characters.`);
    }
    const urls = [notificationUrl, lifecycleNotificationUrl].filter((url) => url !== undefined);
    const refused = urls.find((url) => typeof url !== 'string' || !callable(url));
    if (refused !== undefined) return invalid(`The notification URL '${String(refused)}' must be an https URL.`);
    const expiry = this.expiryProblem(body.expirationDateTime);
    if (typeof expiry !== 'string') return expiry;
    for (const url of urls as string[]) {
      if (!(await this.validates(url))) {
        return invalid('Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.');
      }
    }
    const subscription: GraphSubscription = {
      id: randomUUID(),
      mailbox: decodeURIComponent(mailbox).toLowerCase(),
      resource: String(resource),
      changeTypes,
      notificationUrl: String(notificationUrl),
      ...(typeof lifecycleNotificationUrl === 'string' ? { lifecycleNotificationUrl } : {}),
      ...(typeof clientState === 'string' ? { clientState } : {}),
      expirationDateTime: expiry,
    };
    this.byId.set(subscription.id, subscription);
    this.watching(subscription);
    return json(this.present(subscription, call), 201);
  }

  /** The expiry as UTC ISO, or Graph's refusal of it. */
  private expiryProblem(value: unknown): string | GraphReply {
    const expiry = typeof value === 'string' ? DateTime.fromISO(value, { zone: 'utc' }) : undefined;
    if (!expiry?.isValid) return invalid('expirationDateTime must be a date and time.');
    const now = DateTime.fromISO(this.now(), { zone: 'utc' });
    if (expiry <= now) return invalid('Subscription expiration must be in the future.');
    if (expiry > now.plus({ minutes: MAX_MINUTES })) return invalid(`Subscription expiration can only be ${MAX_MINUTES} minutes in the future.`);
    return expiry.toUTC().toISO() as string;
  }

  /** Graph's handshake: its token holds spaces and colons, so an answer that is still encoded fails. */
  private async validates(url: string): Promise<boolean> {
    const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
    const target = `${url}${url.includes('?') ? '&' : '?'}validationToken=${encodeURIComponent(token)}`;
    const answer = await this.post('validation', target, '', 'text/plain; charset=utf-8', token, VALIDATION_TIMEOUT_MS);
    return answer.status === 200 && /^text\/plain/i.test(answer.contentType) && answer.text === token;
  }

  private present(subscription: GraphSubscription, call: GraphCall) {
    const { id, resource, changeTypes, notificationUrl, lifecycleNotificationUrl, clientState, expirationDateTime } = subscription;
    return {
      '@odata.context': `${call.origin}/v1.0/$metadata#subscriptions/$entity`,
      id,
      resource,
      applicationId: '24d3b144-21ae-4080-943f-7067b395b913',
      changeType: changeTypes.join(','),
      clientState: clientState ?? null,
      notificationUrl,
      lifecycleNotificationUrl: lifecycleNotificationUrl ?? null,
      // Graph writes seven fractional digits.
      expirationDateTime: expirationDateTime.replace(/\.(\d{3})Z$/, '.$10000Z'),
      creatorId: 'a9bd1b1e-3b3e-4e8a-9f5d-1d2c3b4a5f60',
      includeResourceData: false,
      latestSupportedTlsVersion: 'v1_2',
      encryptionCertificate: null,
      encryptionCertificateId: null,
      notificationUrlAppId: null,
    };
  }
}

const invalid = (message: string): GraphReply => graphError(400, 'InvalidRequest', message);

const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** https, or plain http on loopback (a departure from Graph: see the file's comment). */
const callable = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed));
  } catch {
    return false;
  }
};
