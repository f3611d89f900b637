/**
 * Bot Framework authentication as production runs it (BOT_ID set), proven offline: botbuilder checks each activity's
 * token against the keys of a channel token service of the test's own (Overrides.testChannel), and everything else
 * is production's. A refused activity reaches no route: nothing is sent, nothing is written.
 */
import { connect, createServer, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startAuthenticatedBot, type AuthenticatedBot } from '../support/authenticated-bot.js';
import { startBotHarness } from '../support/bot-harness.js';
import { OUTBOUND_TOKEN } from '../support/channel-tokens.js';
import { changedTables, snapshot } from '../support/table-snapshot.js';

describe('the bot endpoint with BOT_ID set, against a channel token service of its own', () => {
  let bot: AuthenticatedBot;
  beforeAll(async () => {
    bot = await startAuthenticatedBot();
  });
  afterAll(async () => bot?.close());

  it('takes a message with a valid token: the bot keeps the chat and answers, with its own token', async () => {
    const before = await snapshot(bot.db());
    const replies = await bot.client(bot.valid()).say(bot.newcomer(), 'help');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((reply) => reply.authorization === `Bearer ${OUTBOUND_TOKEN}`)).toBe(true);
    expect(changedTables(before, await snapshot(bot.db()))).not.toEqual([]);
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each<[string, (serviceUrl: string) => string | undefined]>([
    ['no Authorization header', () => undefined],
    ['a token that is not a bearer token', (url) => bot.channel.header(url).replace('Bearer', 'Basic')],
    ['alg: none', (url) => bot.channel.unsigned(url)],
    ['a token for another bot (audience)', (url) => bot.channel.header(url, { aud: '5f1d0a9b-7c63-4b6a-8e2c-2a7c4e1b9d3f' })],
    ['a token for another service URL', (url) => bot.channel.header(url, { serviceurl: 'https://smba.trafficmanager.net/uk/' })],
    ['a token from another issuer', (url) => bot.channel.header(url, { iss: 'https://issuer.example.org/' })],
    ['an expired token', (url) => bot.channel.header(url, { nbf: now() - 7200, exp: now() - 3600 })],
    ['a token not valid yet', (url) => bot.channel.header(url, { nbf: now() + 3600, exp: now() + 7200 })],
    ['a forged signature (another key, the channel key id)', (url) => bot.channel.forged(url)],
  ])('refuses %s with 401, and no route runs: nothing sent, nothing written', async (_, authorization) => {
    const { h } = bot;
    const before = await snapshot(bot.db());
    const sent = h.connector.attempts.length;
    const client = bot.client(authorization(h.connector.url));
    const person = bot.newcomer();
    const message = await client.send(person, 'help');
    const install = await client.install(person).catch((error: Error) => error.message);
    const press = await client.press(person, 'card-activity', VERBS.previewNote, { themes: 'capacity', kind: 'evidence', text: 'The panel meets weekly.' });
    await h.convene.idle();
    expect([message.status, install, press.status]).toEqual([401, 'bot answered 401', 401]);
    expect(h.connector.attempts.length).toBe(sent);
    expect(changedTables(before, await snapshot(bot.db()))).toEqual([]);
  });
});

describe('where the bot listens', () => {
  /** An address of this machine that is not loopback. */
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
  const reaches = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });

  it.skipIf(outside === undefined)('without BOT_ID, on loopback alone, even with HOST=0.0.0.0', async () => {
    // A server on every interface is reached at that address from here: the bot's would be too.
    const everywhere = createServer();
    await new Promise<void>((resolve) => everywhere.listen(0, '0.0.0.0', resolve));
    expect(await reaches(outside!, (everywhere.address() as AddressInfo).port)).toBe(true);
    everywhere.close();
    const local = await startBotHarness([], { HOST: '0.0.0.0' });
    try {
      const { port } = new URL(local.convene.url);
      expect(await reaches('127.0.0.1', Number(port))).toBe(true);
      expect(await reaches(outside!, Number(port))).toBe(false);
    } finally {
      await local.close();
    }
  });
});
