/**
 * Convene as Azure runs it, on its managed identity: PostgreSQL signed in to with a Microsoft Entra token
 * (DATABASE_AUTH=entra), and Graph's permissions checked at start. PostgreSQL is the local server behind a front that
 * asks for a password as Azure's does; the managed identity is App Service's endpoint on loopback, which
 * @azure/identity's own ManagedIdentityCredential calls as it would in Azure.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { entraPassword } from '../../src/store/entra-password.js';
import { openOutboxQueue } from '../../src/store/outbox-queue.js';
import { runBotProcess, startBotProcess } from '../support/bot-process.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { startIdentityEndpoint, type IdentityEndpoint } from '../support/identity-endpoint.js';
import { startPasswordFront, type PasswordFront } from '../support/password-front.js';
import { issuingCredential } from '../support/test-credentials.js';

const HOUR = 3_600_000;
const CLIENT_ID = '5f1d0a9b-7c63-4b6a-8e2c-2a7c4e1b9d3f';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

let fresh: FreshDatabase;
let front: PasswordFront;

beforeAll(async () => {
  fresh = await DATABASES.find((database) => database.name === 'postgres')!.create();
  front = await startPasswordFront(fresh.options.databaseUrl!);
});

afterAll(async () => {
  await front?.close();
  await fresh?.drop();
});

describe('pg signing in with a Microsoft Entra token', () => {
  it('the store and the outbox queue sign in with one token, and new connections get a new one near its end', async () => {
    const clock = { now: Date.now() };
    const { credential, requests } = issuingCredential(clock);
    const password = entraPassword(credential, () => clock.now);
    const db = await openDatabase({ databaseUrl: front.url, password });
    const queue = await openOutboxQueue({ databaseUrl: front.url, password, db, leaseSeconds: 30, pollSeconds: 1, log: quiet });
    try {
      // Three at once: the pool opens three connections.
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.2)`.execute(db)));
      const early = front.passwords.length;
      expect(early).toBeGreaterThanOrEqual(4);
      expect(new Set(front.passwords)).toEqual(new Set(['token-1']));
      expect(requests).toEqual(['https://ossrdbms-aad.database.windows.net/.default']);

      clock.now += HOUR;
      await Promise.all([1, 2, 3, 4, 5, 6].map(() => sql`select pg_sleep(0.2)`.execute(db)));
      expect(front.passwords.slice(early)).toContain('token-2');
      expect(front.passwords.slice(early).every((p) => p === 'token-2')).toBe(true);
      expect(requests).toHaveLength(2);
    } finally {
      await queue.stop();
      await db.destroy();
    }
  });
});

describe('the bot on its managed identity', () => {
  let identity: IdentityEndpoint | undefined;
  afterAll(async () => identity?.close());

  /** The Bicep's settings, in kind: Bot Framework and Graph on the managed identity, PostgreSQL with Entra sign-in. */
  const azureLike = (endpoint: IdentityEndpoint) => ({
    ...endpoint.env,
    BOT_ID: CLIENT_ID,
    BOT_TYPE: 'UserAssignedMSI',
    BOT_TENANT_ID: '00000000-0000-0000-0000-00000000beef',
    LINK_SECRET: 'a'.repeat(64),
    NOTES_KEY: 'b'.repeat(64),
    HOST: '127.0.0.1',
    CALENDAR: 'graph',
    GRAPH_BASE_URL: 'http://127.0.0.1:9/',
    AZURE_TENANT_ID: '00000000-0000-0000-0000-00000000beef',
    AZURE_CLIENT_ID: CLIENT_ID,
    DATABASE_AUTH: 'entra',
    DATABASE_URL: front.url,
  });

  it('refuses to start without Calendars.ReadWrite, in one line', async () => {
    identity = await startIdentityEndpoint(['Calendars.Read']);
    const bot = runBotProcess(azureLike(identity));
    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Convene cannot start: AZURE_CLIENT_ID=${CLIENT_ID} lacks the Microsoft Graph application permission Calendars\\.ReadWrite, needed for booking`)),
    ]);
    await identity.close();
    identity = undefined;
  });

  it('starts with it, signs in to PostgreSQL with its own token, and warns that email reminders lack Mail.Send', async () => {
    identity = await startIdentityEndpoint(['Calendars.ReadWrite']);
    const before = front.passwords.length;
    const bot = await startBotProcess(azureLike(identity));
    try {
      expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ ok: true });
      const signIns = front.passwords.slice(before);
      expect(signIns.length).toBeGreaterThan(0);
      expect(new Set(signIns)).toEqual(new Set([identity.tokenFor('https://ossrdbms-aad.database.windows.net')]));
      expect(identity.requests).toEqual(
        expect.arrayContaining([
          { resource: 'https://graph.microsoft.com', clientId: CLIENT_ID },
          { resource: 'https://ossrdbms-aad.database.windows.net', clientId: CLIENT_ID },
        ]),
      );
      const warnings = bot
        .stdout()
        .split('\n')
        .filter((line) => line.includes('"level":40'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('"permission":"Mail.Send"');
      expect(bot.stderr()).toBe('');
    } finally {
      await bot.kill();
    }
  });
});
