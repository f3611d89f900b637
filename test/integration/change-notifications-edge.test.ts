/**
 * When Convene asks Graph for change notifications (CALENDAR=graph and an https PUBLIC_URL, nothing else), and what
 * its notification addresses do with requests that are not Graph's: the bot as production runs it, in a process of
 * its own, with Bot Framework auth on (Graph sends no token: the clientState is the check).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { GraphSubscriptions } from '../../src/graph/graph-subscriptions.js';
import { startBotHarness } from '../support/bot-harness.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer } from '../support/graph-server.js';
import { startIdentityEndpoint, type IdentityEndpoint } from '../support/identity-endpoint.js';
import { seedBookedSession } from '../support/subscription-seed.js';

/**
 * Graph is never called: nothing is booked, and the timer is off. Its token comes from App Service's managed identity
 * endpoint, on loopback, and grants what the start-up check asks for.
 */
const GRAPH_SETTINGS = {
  BOT_ID: '2a7c4e1b-9d3f-4b6a-8e2c-5f1d0a9b7c63',
  BOT_PASSWORD: 'not-a-real-secret',
  BOT_TENANT_ID: '00000000-0000-0000-0000-00000000beef',
  LINK_SECRET: 'a'.repeat(64),
  NOTES_KEY: 'b'.repeat(64),
  HOST: '127.0.0.1',
  DATA_DIR: 'memory',
  CALENDAR: 'graph',
  GRAPH_BASE_URL: 'http://127.0.0.1:9/',
  AZURE_TENANT_ID: '00000000-0000-0000-0000-00000000beef',
  AZURE_CLIENT_ID: '5f1d0a9b-7c63-4b6a-8e2c-2a7c4e1b9d3f',
};

let identity: IdentityEndpoint;
beforeAll(async () => {
  identity = await startIdentityEndpoint(['Calendars.ReadWrite', 'Mail.Send']);
});
afterAll(async () => identity?.close());

const withGraph = () => ({ ...GRAPH_SETTINGS, ...identity.env });

const post = (bot: BotProcess, path: string, body: string, contentType = 'application/json') =>
  fetch(`${bot.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

const alive = async (bot: BotProcess) => (await fetch(`${bot.url}/healthz`)).status === 200;

describe('the notification addresses of a bot with CALENDAR=graph and an https PUBLIC_URL', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBotProcess({ ...withGraph(), PUBLIC_URL: 'https://convene.example.org' });
  });
  afterAll(async () => bot?.kill());

  it.each(['/api/graph/notifications', '/api/graph/lifecycle'])('%s echoes the validation token decoded, as plain text only', async (path) => {
    const token = 'Validation: Testing client application reachability <script>alert(1)</script> & more';
    const response = await post(bot, `${path}?validationToken=${encodeURIComponent(token)}`, '', 'text/plain; charset=utf-8');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(token);
  });

  it.each([
    ['malformed JSON', '{"value": ['],
    ['a JSON string', '"text"'],
    ['an array', '[]'],
    ['no value', '{}'],
    ['a value that is not a list', '{"value":"x"}'],
    ['an item without a subscriptionId', '{"value":[{}]}'],
    ['a subscriptionId that is not a string', '{"value":[{"subscriptionId":5,"clientState":"x"}]}'],
    ['an empty body', ''],
  ])('answers %s with 400, briefly, and keeps running', async (_, body) => {
    const response = await post(bot, '/api/graph/notifications', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The request body is not a Graph change notification.' });
    expect(await alive(bot)).toBe(true);
  });

  it('answers a 2 MB body 413, and a notification of no subscription 202 (and believes nothing of it)', async () => {
    const huge = await post(bot, '/api/graph/lifecycle', JSON.stringify({ value: [{ subscriptionId: 'x', clientState: 'y'.repeat(2_000_000) }] }));
    expect(huge.status).toBe(413);
    const text = await huge.text();
    expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(/);
    const unknown = await post(bot, '/api/graph/notifications', JSON.stringify({ value: [{ subscriptionId: 'nobody', clientState: 'guess', changeType: 'updated', tenantId: GRAPH_SETTINGS.AZURE_TENANT_ID }] }));
    expect(unknown.status).toBe(202);
    expect(await alive(bot)).toBe(true);
  });

  it.each([
    ['another tenant', '7d3e9c1a-2b4f-4a6e-9d8c-1f0e2a3b4c5d'],
    ['no tenant', undefined],
  ])('refuses notifications from %s 403, whatever else they say', async (_, tenantId) => {
    const ours = { subscriptionId: 'nobody', clientState: 'guess', changeType: 'updated', tenantId: GRAPH_SETTINGS.AZURE_TENANT_ID };
    const response = await post(bot, '/api/graph/lifecycle', JSON.stringify({ value: [ours, { ...ours, tenantId }] }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'The notification is not from a tenant Convene serves.' });
  });
});

describe('a bot that must not ask Graph for notifications', () => {
  it('with a plain-http PUBLIC_URL has no notification addresses', async () => {
    const bot = await startBotProcess({ ...withGraph(), PUBLIC_URL: 'http://convene.example.org' });
    try {
      const response = await post(bot, '/api/graph/notifications?validationToken=abc', '', 'text/plain');
      expect(response.status).toBe(404);
    } finally {
      await bot.kill();
    }
  });
});

describe('the timer\'s run, deciding by PUBLIC_URL where Graph is to post', () => {
  it.each([
    ['an https PUBLIC_URL: it asks Graph to post there (which this Graph cannot reach, so it is refused and logged)', 'https://convene.example.org/', 1],
    ['a plain-http PUBLIC_URL: it asks nothing of Graph', 'http://convene.example.org', 0],
    ['no PUBLIC_URL: it asks nothing of Graph', '', 0],
  ])('with %s', async (_, publicUrl, asked) => {
    const graph = await startGraphServer();
    const client = createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() });
    const calendar = new GraphCalendar(client);
    const logLines: string[] = [];
    const h = await startBotHarness(
      [],
      { TICK_SECONDS: '0', LOG_LEVEL: 'info', PUBLIC_URL: publicUrl },
      { calendar, subscriptions: { calendarSubscriptions: new GraphSubscriptions(client) }, logTo: { write: (line: string) => void logLines.push(line) } },
    );
    try {
      await seedBookedSession(h.convene.store, calendar, new Date(Date.now() + 86_400_000).toISOString(), new Date(Date.now() + 90_000_000).toISOString());
      await h.convene.tick();
      const creates = graph.requests.filter((r) => r.method === 'POST' && r.path === '/subscriptions');
      expect(creates).toHaveLength(asked);
      if (asked) {
        expect(creates[0]!.body).toMatchObject({
          notificationUrl: 'https://convene.example.org/api/graph/notifications',
          lifecycleNotificationUrl: 'https://convene.example.org/api/graph/lifecycle',
        });
        expect(creates[0]!.status).toBe(400);
        expect(logLines.filter((line) => /a calendar subscription could not be made or renewed/.test(line))).toHaveLength(1);
      }
      expect(await h.convene.store.subscriptions.all()).toEqual([]);
    } finally {
      await h.close();
      await graph.close();
    }
  });
});
