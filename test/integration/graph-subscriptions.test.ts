/**
 * GraphSubscriptions through the real Graph client against the Graph-compatible server: the validation handshake,
 * Outlook's maximum expiry, renewal and deletion, and the notifications the server then sends, read back with
 * readNotices. The bot's own endpoint is tested in change-notifications.test.ts; here a small receiver stands in.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { GraphSubscriptions, readNotices } from '../../src/graph/graph-subscriptions.js';
import type { NewSubscription } from '../../src/services/ports/index.js';
import { cast, newEvent, type Cast } from '../support/calendar-cast.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { TENANT_ID } from '../support/graph-server-notifications.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';

const NOW = '2026-06-01T09:00:00.000Z';
const minutesAfterNow = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

/** Answers the handshake as `echo` says, and 202 to anything else, keeping each body. */
interface Receiver {
  url: string;
  bodies: unknown[];
  echo: (token: string) => { status: number; type: string; text: string };
  close(): Promise<void>;
}

const startReceiver = async (): Promise<Receiver> => {
  const receiver = { bodies: [] as unknown[], echo: (token: string) => ({ status: 200, type: 'text/plain', text: token }) } as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const token = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('validationToken');
      if (token !== null) {
        const { status, type, text } = receiver.echo(token);
        return void res.writeHead(status, { 'content-type': type }).end(text);
      }
      receiver.bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
};

let graph: GraphServer;
let receiver: Receiver;
let subscriptions: GraphSubscriptions;
let calendar: GraphCalendar;
let people: Cast;

beforeEach(async () => {
  graph = await startGraphServer({ now: () => NOW });
  receiver = await startReceiver();
  const client = createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() });
  subscriptions = new GraphSubscriptions(client);
  calendar = new GraphCalendar(client);
  people = cast();
});
afterEach(async () => {
  await graph.close();
  await receiver.close();
});

const request = (overrides: Partial<NewSubscription> = {}): NewSubscription => ({
  organiser: people.organiser,
  notificationUrl: `${receiver.url}/changes`,
  lifecycleNotificationUrl: `${receiver.url}/lifecycle`,
  clientState: 'a-secret-of-this-subscription',
  expiresAt: minutesAfterNow(4_200),
  ...overrides,
});

describe('GraphSubscriptions.subscribe', () => {
  it('is made once both URLs echo the decoded validation token, on the organiser\'s events', async () => {
    const made = await subscriptions.subscribe(request());

    expect(made.expiresAt).toBe(minutesAfterNow(4_200));
    const handshakes = graph.subscriptions.deliveries.filter((d) => d.kind === 'validation');
    expect(handshakes.map((d) => [new URL(d.url).pathname, d.status])).toEqual([
      ['/changes', 200],
      ['/lifecycle', 200],
    ]);
    expect(String(handshakes[0]!.sent)).toMatch(/ /);
    const [live] = graph.subscriptions.live();
    expect(live).toMatchObject({ id: made.id, mailbox: people.organiser, changeTypes: ['created', 'updated', 'deleted'], clientState: 'a-secret-of-this-subscription' });
    expect(live!.resource).toBe(`/users/${people.organiser}/events`);
  });

  it.each([
    ['echoes it still encoded', (token: string) => ({ status: 200, type: 'text/plain', text: encodeURIComponent(token) })],
    ['echoes it as JSON', (token: string) => ({ status: 200, type: 'application/json', text: JSON.stringify(token) })],
    ['answers 202', () => ({ status: 202, type: 'text/plain', text: '' })],
  ])('is refused when the receiver %s: nothing is subscribed', async (_, echo) => {
    receiver.echo = echo;
    await expect(subscriptions.subscribe(request())).rejects.toMatchObject({ statusCode: 400, message: expect.stringMatching(/validation request failed/) });
    expect(graph.subscriptions.live()).toEqual([]);
  });

  it('is refused for an expiry beyond Outlook\'s 4,230 minutes, or a plain-http address off loopback', async () => {
    await expect(subscriptions.subscribe(request({ expiresAt: minutesAfterNow(4_231) }))).rejects.toMatchObject({ statusCode: 400 });
    await expect(subscriptions.subscribe(request({ notificationUrl: 'http://convene.example.org/api/graph/notifications' }))).rejects.toMatchObject({ statusCode: 400 });
    expect(graph.subscriptions.live()).toEqual([]);
  });
});

describe('GraphSubscriptions.renew and unsubscribe', () => {
  it('renews up to the maximum, refuses beyond it, and answers undefined once Graph has dropped it', async () => {
    const made = await subscriptions.subscribe(request({ expiresAt: minutesAfterNow(60) }));

    expect(await subscriptions.renew(made.id, minutesAfterNow(4_230))).toEqual({ id: made.id, expiresAt: minutesAfterNow(4_230) });
    await expect(subscriptions.renew(made.id, minutesAfterNow(4_300))).rejects.toMatchObject({ statusCode: 400 });
    graph.subscriptions.expire(made.id);
    expect(await subscriptions.renew(made.id, minutesAfterNow(600))).toBeUndefined();
  });

  it('deletes it, and a second delete is no error', async () => {
    const made = await subscriptions.subscribe(request());
    await subscriptions.unsubscribe(made.id);
    await subscriptions.unsubscribe(made.id);
    expect(graph.subscriptions.live()).toEqual([]);
    expect(graph.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([204, 404]);
  });
});

describe('notifications from the Graph-compatible server, read by readNotices', () => {
  it('tells of an event created, moved in Outlook and cancelled, each as Graph words it', async () => {
    const made = await subscriptions.subscribe(request());
    const event = await calendar.createEvent(people.organiser, newEvent(people));
    graph.outlook.move(people.organiser, event.id, { start: '2026-06-15T13:00:00.000Z', end: '2026-06-15T14:00:00.000Z' });
    await calendar.cancelEvent(people.organiser, event.id);
    await graph.subscriptions.settled();

    const items = receiver.bodies.flatMap((body) => (body as { value: Record<string, unknown>[] }).value);
    expect(items.map((item) => item.changeType)).toEqual(['created', 'updated', 'deleted']);
    expect(items[0]).toMatchObject({
      subscriptionId: made.id,
      clientState: 'a-secret-of-this-subscription',
      tenantId: TENANT_ID,
      resource: expect.stringMatching(new RegExp(`^Users/[0-9a-f-]{36}/Events/${event.id}$`)),
      resourceData: { '@odata.type': '#Microsoft.Graph.Event', id: event.id },
    });
    expect(receiver.bodies.flatMap((body) => readNotices(body) ?? [])).toEqual(
      ['changed', 'changed', 'changed'].map((event) => ({ subscriptionId: made.id, clientState: 'a-secret-of-this-subscription', event })),
    );
    expect(graph.subscriptions.deliveries.filter((d) => d.kind === 'change').every((d) => d.status === 202)).toBe(true);
  });

  it('sends lifecycle events to the lifecycle URL; subscriptionRemoved removes the subscription', async () => {
    const made = await subscriptions.subscribe(request());
    await graph.subscriptions.lifecycle(made.id, 'missed');
    await graph.subscriptions.lifecycle(made.id, 'subscriptionRemoved');

    expect(receiver.bodies.flatMap((body) => readNotices(body) ?? []).map((notice) => notice.event)).toEqual(['missed', 'subscriptionRemoved']);
    expect(graph.subscriptions.deliveries.filter((d) => d.kind === 'lifecycle').map((d) => new URL(d.url).pathname)).toEqual(['/lifecycle', '/lifecycle']);
    expect(graph.subscriptions.live()).toEqual([]);
  });
});
