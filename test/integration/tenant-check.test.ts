/**
 * Convene serves its own organisation's tenants (BOT_TENANT_ID, ALLOWED_TENANT_IDS): an activity from any other is
 * refused before a turn starts, as production runs it (BOT_ID set, tokens checked against the test's channel token
 * service). Nothing is sent into the other tenant's chat, nothing is written, and the log names no one.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startAuthenticatedBot, type AuthenticatedBot } from '../support/authenticated-bot.js';
import { startBotHarness, user } from '../support/bot-harness.js';
import { changedTables, snapshot } from '../support/table-snapshot.js';
import { TENANT, TeamsClient } from '../support/teams-client.js';

const OTHER = '7d3e9c1a-2b4f-4a6e-9d8c-1f0e2a3b4c5d';
/** Another council's tenant that this one works with, given in ALLOWED_TENANT_IDS in capitals. */
const PARTNER = 'c0ffee00-1234-4abc-8def-0123456789ab';
const REFUSED = 'activity from another tenant refused';

describe('activity from another tenant, with BOT_ID set', () => {
  let bot: AuthenticatedBot;
  const lines: string[] = [];
  const from = (tenant: string, authorization = bot.valid()) => bot.client(authorization, tenant);
  /** A message as Teams sends it, with the tenant stated only where the test says. */
  const post = (where: { conversation?: string; channelData?: string }) => {
    const person = bot.newcomer();
    const activity = {
      type: 'message',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: bot.h.connector.url,
      from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
      recipient: { id: 'bot-id', name: 'Convene' },
      conversation: { id: `personal-${person.id}`, conversationType: 'personal', ...(where.conversation ? { tenantId: where.conversation } : {}) },
      channelData: where.channelData ? { tenant: { id: where.channelData } } : {},
      text: 'help',
    };
    return fetch(`${bot.h.convene.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bot.valid() },
      body: JSON.stringify(activity),
    });
  };

  beforeAll(async () => {
    bot = await startAuthenticatedBot({ ALLOWED_TENANT_IDS: ` ${PARTNER.toUpperCase()} `, LOG_LEVEL: 'info' }, { logTo: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(async () => bot?.close());

  it('refuses a message, an install and a card action with a valid token 403: nothing sent, nothing written, a line that names no one', async () => {
    const { h } = bot;
    const before = await snapshot(bot.db());
    const sent = h.connector.attempts.length;
    const logged = lines.length;
    const person = bot.newcomer();
    const other = from(OTHER);
    const message = await other.send(person, 'help me plan the review');
    const install = await other.install(person).catch((error: Error) => error.message);
    const press = await other.press(person, 'card-activity', VERBS.previewNote, { themes: 'capacity', kind: 'evidence', text: 'The panel meets weekly.' });
    await h.convene.idle();
    expect([message.status, install, press.status]).toEqual([403, 'bot answered 403', 403]);
    expect(message.body).toEqual({ error: 'Convene serves another organisation.' });
    expect(h.connector.attempts.length).toBe(sent);
    expect(changedTables(before, await snapshot(bot.db()))).toEqual([]);
    const written = lines.slice(logged);
    expect(written.map((line) => JSON.parse(line).msg)).toEqual([REFUSED, REFUSED, REFUSED]);
    for (const secret of [person.id, person.aadObjectId, person.name, person.email, 'personal-', 'help me', 'panel', OTHER]) {
      expect(written.join('\n')).not.toContain(secret);
    }
  });

  it('refuses one without a valid token 401, as any, and logs nothing of it', async () => {
    const logged = lines.length;
    const person = bot.newcomer();
    expect((await from(OTHER, bot.channel.forged(bot.h.connector.url)).send(person, 'help')).status).toBe(401);
    expect((await from(OTHER, '').send(person, 'help')).status).toBe(401);
    expect(lines.slice(logged).filter((line) => line.includes(REFUSED))).toEqual([]);
  });

  it('serves BOT_TENANT_ID and each of ALLOWED_TENANT_IDS', async () => {
    expect((await from(TENANT).say(bot.newcomer(), 'help')).length).toBeGreaterThan(0);
    expect((await from(PARTNER).say(bot.newcomer(), 'help')).length).toBeGreaterThan(0);
  });

  it.each([
    ['in the conversation only', { conversation: TENANT }, 200],
    ['in the channel data only', { channelData: TENANT }, 200],
    ['as ours in one place and another in the other', { conversation: TENANT, channelData: OTHER }, 403],
    ['nowhere', {}, 403],
  ])('judges a tenant stated %s', async (_, where, status) => {
    const sent = bot.h.connector.recorded.length;
    expect((await post(where)).status).toBe(status);
    await bot.h.convene.idle();
    expect(bot.h.connector.recorded.length > sent).toBe(status === 200);
  });
});

describe('activity from any tenant, in local mode', () => {
  const someone = user('81', 'Visitor', 'visitor@elsewhere.example');

  it('is served when no tenant is named: the Agents Playground makes its own up', async () => {
    const h = await startBotHarness([someone]);
    try {
      const other = new TeamsClient(h.convene.url, h.connector, 'personal', () => h.convene.idle(), { tenant: OTHER });
      expect((await other.say(someone, 'help')).length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('is refused 403 from another tenant when BOT_TENANT_ID is named', async () => {
    const h = await startBotHarness([someone], { BOT_TENANT_ID: TENANT });
    try {
      const other = new TeamsClient(h.convene.url, h.connector, 'personal', () => h.convene.idle(), { tenant: OTHER });
      expect((await other.send(someone, 'help')).status).toBe(403);
      expect((await h.client.say(someone, 'help')).length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});
