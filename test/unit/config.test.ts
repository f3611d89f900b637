/** What the environment may ask of Convene with BOT_ID set and without it: credentials, the interface, the tenants. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

const TENANT = '00000000-0000-0000-0000-00000000beef';
const PARTNER = 'c0ffee00-1234-4abc-8def-0123456789ab';
const SECRETS = { LINK_SECRET: 'a'.repeat(64), NOTES_KEY: 'b'.repeat(64) };
const PRODUCTION = { BOT_ID: 'bot', BOT_PASSWORD: 'secret', BOT_TENANT_ID: TENANT, ...SECRETS };

describe('credentials with BOT_ID', () => {
  it.each(['SingleTenant', 'MultiTenant'])('BOT_TYPE=%s without BOT_PASSWORD stops the start', (type) => {
    const { BOT_PASSWORD: _, ...withoutPassword } = PRODUCTION;
    expect(() => readConfig({ ...withoutPassword, BOT_TYPE: type })).toThrow(`BOT_TYPE=${type} needs BOT_PASSWORD`);
  });

  it('a managed identity (UserAssignedMSI) needs no password, and the tenant all the same', () => {
    const { BOT_PASSWORD: _, ...identity } = PRODUCTION;
    expect(readConfig({ ...identity, BOT_TYPE: 'UserAssignedMSI' }).localMode).toBe(false);
    const { BOT_TENANT_ID: __, ...withoutTenant } = identity;
    expect(() => readConfig({ ...withoutTenant, BOT_TYPE: 'UserAssignedMSI' })).toThrow('BOT_TYPE=UserAssignedMSI needs BOT_TENANT_ID');
  });
});

describe('the interface Convene listens on', () => {
  it('is loopback without BOT_ID, whatever HOST says', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '192.0.2.2' }).host).toBe('127.0.0.1');
  });

  it('is every interface with BOT_ID, unless HOST names one', () => {
    expect(readConfig(PRODUCTION).host).toBe('0.0.0.0');
    expect(readConfig({ ...PRODUCTION, HOST: '10.0.0.4' }).host).toBe('10.0.0.4');
  });
});

describe('the tenants Convene serves', () => {
  it('are any in local mode with none named (the Agents Playground makes its own up), and those named otherwise', () => {
    expect(readConfig({}).tenants).toBe('any');
    expect(readConfig({ BOT_TENANT_ID: TENANT.toUpperCase() }).tenants).toEqual([TENANT]);
  });

  it('are BOT_TENANT_ID and ALLOWED_TENANT_IDS, in lower case, once each', () => {
    const config = readConfig({ ...PRODUCTION, ALLOWED_TENANT_IDS: ` ${PARTNER.toUpperCase()}, ${TENANT} ,` });
    expect(config.tenants).toEqual([TENANT, PARTNER]);
  });

  it('refuses a domain in ALLOWED_TENANT_IDS, which Teams never sends', () => {
    expect(() => readConfig({ ...PRODUCTION, ALLOWED_TENANT_IDS: 'shropshire.gov.uk' })).toThrow('each entry must be a tenant id (a GUID), not a domain');
  });

  it('must be named with BOT_ID: a MultiTenant registration needs ALLOWED_TENANT_IDS', () => {
    const { BOT_TENANT_ID: _, ...multi } = { ...PRODUCTION, BOT_TYPE: 'MultiTenant' };
    expect(() => readConfig(multi)).toThrow('BOT_TYPE=MultiTenant needs ALLOWED_TENANT_IDS (or BOT_TENANT_ID)');
    expect(readConfig({ ...multi, ALLOWED_TENANT_IDS: PARTNER }).tenants).toEqual([PARTNER]);
  });

  it("take Graph's notifications from AZURE_TENANT_ID too, where tenants are named", () => {
    const graph = { CALENDAR: 'graph', AZURE_CLIENT_ID: 'client', AZURE_TENANT_ID: PARTNER.toUpperCase() };
    expect(readConfig({ ...PRODUCTION, ...graph }).graphTenants).toEqual([TENANT, PARTNER]);
    expect(readConfig(graph).graphTenants).toBe('any');
  });
});
