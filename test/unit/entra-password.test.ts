/**
 * The database password as a Microsoft Entra token: the scope asked for, one token for many connections, a new one
 * shortly before it ends, with a clock the test moves.
 */
import type { TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { StartupError } from '../../src/startup-error.js';
import { entraPassword, POSTGRES_ENTRA_SCOPE, REFRESH_BEFORE_MS } from '../../src/store/entra-password.js';
import { issuingCredential } from '../support/test-credentials.js';

const HOUR = 3_600_000;

describe('entraPassword', () => {
  it('asks for a token for Azure Database for PostgreSQL, and gives it as the password', async () => {
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const { credential, requests } = issuingCredential(clock);
    const password = entraPassword(credential, () => clock.now);
    expect(await password()).toBe('token-1');
    expect(requests).toEqual(['https://ossrdbms-aad.database.windows.net/.default']);
    expect(POSTGRES_ENTRA_SCOPE).toBe('https://ossrdbms-aad.database.windows.net/.default');
  });

  it('gives the same token to every connection until it is within five minutes of its end, then fetches a new one', async () => {
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const { credential, requests } = issuingCredential(clock);
    const password = entraPassword(credential, () => clock.now);
    expect(await password()).toBe('token-1');
    clock.now += HOUR - REFRESH_BEFORE_MS - 1;
    expect(await password()).toBe('token-1');
    clock.now += 1;
    expect(await password()).toBe('token-2');
    expect(await password()).toBe('token-2');
    expect(requests).toHaveLength(2);
    expect(REFRESH_BEFORE_MS).toBe(5 * 60_000);
  });

  it('lets connections opened together wait for one request', async () => {
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const { credential, requests } = issuingCredential(clock);
    const password = entraPassword(credential, () => clock.now);
    expect(await Promise.all([password(), password(), password()])).toEqual(['token-1', 'token-1', 'token-1']);
    expect(requests).toHaveLength(1);
  });

  it('asks again after a failed request, and says what is wrong when there is no token', async () => {
    let calls = 0;
    const flaky: TokenCredential = {
      getToken: async () => {
        calls += 1;
        if (calls === 1) throw new Error('ManagedIdentityCredential: no managed identity endpoint found');
        return calls === 2 ? null : { token: 'token-3', expiresOnTimestamp: Date.now() + HOUR };
      },
    };
    const password = entraPassword(flaky);
    await expect(password()).rejects.toThrow('no managed identity endpoint found');
    await expect(password()).rejects.toThrow(/No Microsoft Entra token for https:\/\/ossrdbms-aad\.database\.windows\.net\/\.default/);
    expect(await password()).toBe('token-3');
  });
});

describe('DATABASE_AUTH=entra in the configuration', () => {
  const entra = (DATABASE_URL?: string) => () => readConfig({ DATABASE_AUTH: 'entra', DATABASE_URL });

  it('needs a PostgreSQL address without a password, and says so in one line', () => {
    expect(entra()).toThrow(new StartupError('DATABASE_AUTH=entra needs DATABASE_URL (postgres://IDENTITY-NAME@SERVER:5432/convene?sslmode=verify-full): the embedded database has no sign-in.'));
    expect(entra('postgres://convene-id:hunter2@db.example.org:5432/convene')).toThrow(/take the password out of DATABASE_URL/);
    expect(readConfig({ DATABASE_AUTH: 'entra', DATABASE_URL: 'postgres://convene-id@db.example.org:5432/convene' }).DATABASE_AUTH).toBe('entra');
  });

  it('is password by default, and nothing else is accepted', () => {
    expect(readConfig({}).DATABASE_AUTH).toBe('password');
    expect(() => readConfig({ DATABASE_AUTH: 'token' })).toThrow(/DATABASE_AUTH/);
  });
});
