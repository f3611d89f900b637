/**
 * Graph change notifications on the organiser's events, end to end: the real bot (its HTTP endpoint, store and timer's
 * work) subscribing through the real Graph client at a Graph-compatible server, which performs the handshake against
 * the bot and posts notifications to it. Graph calls only https; these tests give the bot's plain-http loopback
 * address instead, which only a test can choose (Overrides.subscriptions.atOwnAddress).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { GraphSubscriptions } from '../../src/graph/graph-subscriptions.js';
import type { CalendarEvent } from '../../src/services/ports/index.js';
import { hashToken } from '../../src/services/shared/index.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { seedBookedSession, WATCHED_ORGANISER } from '../support/subscription-seed.js';

const HOUR = 3_600_000;
const START = '2026-06-01T09:00:00.000Z';

describe('the bot watching a booked review\'s organiser through Graph change notifications', () => {
  let clock = START;
  let graph: GraphServer;
  let h: BotHarness;
  let calendar: GraphCalendar;
  let event: CalendarEvent;
  const told: [string, string][] = [];
  const logLines: string[] = [];
  const later = (hours: number) => {
    clock = new Date(Date.parse(clock) + hours * HOUR).toISOString();
  };
  /** Until every notification sent has been answered, and the work it started is done. */
  const settled = async () => {
    await graph.subscriptions.settled();
    await h.convene.idle();
  };
  const stored = () => h.convene.store.subscriptions.all();
  const live = () => graph.subscriptions.live();
  const post = (path: string, body: string) =>
    fetch(`${h.convene.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  beforeAll(async () => {
    graph = await startGraphServer({ now: () => clock });
    const client = createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() });
    calendar = new GraphCalendar(client);
    h = await startBotHarness(
      [],
      { TICK_SECONDS: '0', LOG_LEVEL: 'info' },
      {
        calendar,
        now: () => clock,
        logTo: { write: (line: string) => void logLines.push(line) },
        subscriptions: { calendarSubscriptions: new GraphSubscriptions(client), atOwnAddress: true },
        organiserChanged: async (organiser, reason) => void told.push([organiser, reason]),
      },
    );
    event = await seedBookedSession(h.convene.store, calendar, '2026-06-15T09:00:00.000Z', '2026-06-15T10:00:00.000Z');
  });
  afterAll(async () => {
    await h?.close();
    await graph?.close();
  });

  it('subscribes the organiser on the timer\'s run, once both addresses answered the handshake; a second run keeps it', async () => {
    await h.convene.tick();
    await h.convene.tick();

    expect(live()).toHaveLength(1);
    const [subscription] = live();
    expect(subscription).toMatchObject({ mailbox: WATCHED_ORGANISER, changeTypes: ['created', 'updated', 'deleted'] });
    expect(subscription!.notificationUrl).toBe(`${h.convene.url}/api/graph/notifications`);
    expect(subscription!.lifecycleNotificationUrl).toBe(`${h.convene.url}/api/graph/lifecycle`);
    expect(graph.subscriptions.deliveries.map((d) => [d.kind, d.status, d.contentType.split(';')[0]])).toEqual([
      ['validation', 200, 'text/plain'],
      ['validation', 200, 'text/plain'],
    ]);
    // Only the secret's hash is kept.
    expect(await stored()).toEqual([{ id: subscription!.id, organiser: WATCHED_ORGANISER, clientStateHash: hashToken(subscription!.clientState!), expiresAt: subscription!.expirationDateTime }]);
    expect(subscription!.clientState).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hears of a move made in Outlook: answered 202 within 3 seconds, the organiser told once', async () => {
    graph.outlook.move(WATCHED_ORGANISER, event.id, { start: '2026-06-15T13:00:00.000Z', end: '2026-06-15T14:00:00.000Z' });
    await settled();

    const [delivery] = graph.subscriptions.deliveries.filter((d) => d.kind === 'change');
    expect(delivery).toMatchObject({ status: 202 });
    expect(delivery!.ms).toBeLessThan(3_000);
    expect(told).toEqual([[WATCHED_ORGANISER, 'changed']]);
  });

  it('believes no notification without the subscription\'s secret: nothing is told, and the secret is never logged', async () => {
    const [subscription] = live();
    const forged = (subscriptionId: string, clientState: string) => JSON.stringify({ value: [{ subscriptionId, clientState, changeType: 'updated', resource: 'Users/x/Events/y' }] });
    const wrongSecret = await post('/api/graph/notifications', forged(subscription!.id, 'guessed-secret'));
    const noSuchSubscription = await post('/api/graph/notifications', forged('not-a-subscription', subscription!.clientState!));
    const noSecret = await post('/api/graph/lifecycle', JSON.stringify({ value: [{ subscriptionId: subscription!.id, lifecycleEvent: 'subscriptionRemoved' }] }));
    await settled();

    expect([wrongSecret.status, noSuchSubscription.status, noSecret.status]).toEqual([202, 202, 202]);
    expect(told).toHaveLength(1);
    expect(live().map((s) => s.id)).toEqual([subscription!.id]);
    expect((await stored()).map((s) => s.id)).toEqual([subscription!.id]);
    expect(logLines.filter((line) => /change notifications refused/.test(line))).toHaveLength(3);
    expect(logLines.join('\n')).not.toMatch(new RegExp(`guessed-secret|${subscription!.clientState}`));
  });

  it('hears of its own cancellation too (Graph tells every change to the events)', async () => {
    told.length = 0;
    // Another of the organiser's events: the booked session stays booked, and watched.
    const other = await calendar.createEvent(WATCHED_ORGANISER, { ...event, transactionId: 'another-event', subject: 'Another meeting', body: '', start: '2026-06-15T11:00:00.000Z', end: '2026-06-15T12:00:00.000Z', attendees: [], online: false });
    await settled();
    told.length = 0;
    await calendar.cancelEvent(WATCHED_ORGANISER, other.id);
    await settled();
    expect(told).toEqual([[WATCHED_ORGANISER, 'changed']]);
  });

  it('renews before expiry: ten hours left, the timer\'s run moves it on (in Graph and in the store), telling no one', async () => {
    told.length = 0;
    const [before] = await stored();
    later(60);
    await h.convene.tick();

    const [after] = await stored();
    expect(after!.id).toBe(before!.id);
    expect(Date.parse(after!.expiresAt)).toBe(Date.parse(clock) + 4_200 * 60_000);
    expect(live()[0]!.expirationDateTime).toBe(after!.expiresAt);
    expect(graph.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/subscriptions/'))).toHaveLength(1);
    expect(told).toEqual([]);
  });

  it('reauthorizationRequired: renewed at once, telling no one', async () => {
    const [subscription] = live();
    const delivery = await graph.subscriptions.lifecycle(subscription!.id, 'reauthorizationRequired');
    await settled();

    expect(delivery.status).toBe(202);
    expect(graph.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/subscriptions/'))).toHaveLength(2);
    expect(told).toEqual([]);
  });

  it('missed: the organiser\'s calendar is to be read again; the subscription stays', async () => {
    const [subscription] = live();
    await graph.subscriptions.lifecycle(subscription!.id, 'missed');
    await settled();

    expect(told).toEqual([[WATCHED_ORGANISER, 'missed']]);
    expect(live().map((s) => s.id)).toEqual([subscription!.id]);
  });

  it('subscriptionRemoved: a new subscription (a new handshake, a new secret), then the calendar read again', async () => {
    told.length = 0;
    const [removed] = live();
    await graph.subscriptions.lifecycle(removed!.id, 'subscriptionRemoved');
    await settled();

    const [made] = live();
    expect(made!.id).not.toBe(removed!.id);
    expect(made!.clientState).not.toBe(removed!.clientState);
    expect((await stored()).map((s) => s.id)).toEqual([made!.id]);
    expect(told).toEqual([[WATCHED_ORGANISER, 'missed']]);
  });

  it('a subscription Graph dropped unrenewed is made again on the timer\'s run, and the calendar read again', async () => {
    told.length = 0;
    const [dropped] = live();
    graph.subscriptions.expire(dropped!.id);
    later(60);
    await h.convene.tick();

    const [made] = live();
    expect(made!.id).not.toBe(dropped!.id);
    expect((await stored()).map((s) => s.id)).toEqual([made!.id]);
    expect(told).toEqual([[WATCHED_ORGANISER, 'missed']]);
  });

  it('keeps it alive to the end of the last booked session (the timer every six hours), then deletes it', async () => {
    told.length = 0;
    const [kept] = live();
    // The session was moved in Outlook to 13:00–14:00 above, and the timer's calendar sync followed it there.
    while (Date.parse(clock) + 6 * HOUR < Date.parse('2026-06-15T14:00:00.000Z')) {
      later(6);
      await h.convene.tick();
      expect(live().map((s) => s.id)).toEqual([kept!.id]);
    }
    clock = '2026-06-15T14:30:00.000Z';
    await h.convene.tick();

    expect(live()).toEqual([]);
    expect(await stored()).toEqual([]);
    expect(graph.requests.filter((r) => r.method === 'DELETE').map((r) => [r.path, r.status])).toEqual([[`/subscriptions/${kept!.id}`, 204]]);
    expect(told).toEqual([]);
  });
});
