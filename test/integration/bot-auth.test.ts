/**
 * Bot Framework authentication as production runs it (BOT_ID set), proven offline: botbuilder checks each activity's
 * token against the keys of a channel token service of the test's own (Overrides.testChannel), and everything else
 * is production's. A refused activity reaches no route: nothing is sent, nothing is written.
 */
import { connect, createServer, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { OUTBOUND_TOKEN, PRODUCTION, startChannelTokens, type ChannelTokens } from '../support/channel-tokens.js';
import { changedTables, snapshot } from '../support/table-snapshot.js';
import { TeamsClient } from '../support/teams-client.js';
import { VERBS } from '../../src/cards/shared/verbs.js';

describe('the bot endpoint with BOT_ID set, against a channel token service of its own', () => {
  let channel: ChannelTokens;
  let h: BotHarness;
  let people = 0;
  const db = () => (h.convene.store as OpenedStore).db;
  /** Someone who never wrote to the bot: a turn of theirs that ran would keep their chat, and answer them. */
  const newcomer = () => {
    const person = user(`9${++people}`, `Newcomer ${people}`, `newcomer${people}@shropshire.example`);
    h.connector.addUser(person);
    return person;
  };
  const signedWith = (authorization: string | undefined) => new TeamsClient(h.convene.url, h.connector, 'personal', () => h.convene.idle(), { authorization });

  beforeAll(async () => {
    // botbuilder writes every refused token to the console, with a stack; the answers are what is tested.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    channel = await startChannelTokens();
    h = await startBotHarness([], PRODUCTION, { testChannel: channel.testChannel });
  });
  afterAll(async () => {
    await h?.close();
    await channel?.close();
    vi.restoreAllMocks();
  });

  it('takes a message with a valid token: the bot keeps the chat and answers, with its own token', async () => {
    const before = await snapshot(db());
    const replies = await signedWith(channel.header(h.connector.url)).say(newcomer(), 'help');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((reply) => reply.authorization === `Bearer ${OUTBOUND_TOKEN}`)).toBe(true);
    expect(changedTables(before, await snapshot(db()))).not.toEqual([]);
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each<[string, (serviceUrl: string) => string | undefined]>([
    ['no Authorization header', () => undefined],
    ['a token that is not a bearer token', (url) => channel.header(url).replace('Bearer', 'Basic')],
    ['alg: none', (url) => channel.unsigned(url)],
    ['a token for another bot (audience)', (url) => channel.header(url, { aud: '5f1d0a9b-7c63-4b6a-8e2c-2a7c4e1b9d3f' })],
    ['a token for another service URL', (url) => channel.header(url, { serviceurl: 'https://smba.trafficmanager.net/uk/' })],
    ['a token from another issuer', (url) => channel.header(url, { iss: 'https://issuer.example.org/' })],
    ['an expired token', (url) => channel.header(url, { nbf: now() - 7200, exp: now() - 3600 })],
    ['a token not valid yet', (url) => channel.header(url, { nbf: now() + 3600, exp: now() + 7200 })],
    ['a forged signature (another key, the channel key id)', (url) => channel.forged(url)],
  ])('refuses %s with 401, and no route runs: nothing sent, nothing written', async (_, authorization) => {
    const before = await snapshot(db());
    const sent = h.connector.attempts.length;
    const client = signedWith(authorization(h.connector.url));
    const person = newcomer();
    const message = await client.send(person, 'help');
    const install = await client.install(person).catch((error: Error) => error.message);
    const press = await client.press(person, 'card-activity', VERBS.previewNote, { themes: 'capacity', kind: 'evidence', text: 'The panel meets weekly.' });
    await h.convene.idle();
    expect([message.status, install, press.status]).toEqual([401, 'bot answered 401', 401]);
    expect(h.connector.attempts.length).toBe(sent);
    expect(changedTables(before, await snapshot(db()))).toEqual([]);
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
