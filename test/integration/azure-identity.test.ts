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
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { startPasswordFront, type PasswordFront } from '../support/password-front.js';
import { issuingCredential } from '../support/test-credentials.js';

const HOUR = 3_600_000;
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
