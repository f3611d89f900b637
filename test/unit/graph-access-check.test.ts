/**
 * The start-up check of Convene's Microsoft Graph permissions, read from the roles of the token a credential issues:
 * which permission is missing, what needs it, and whether Convene starts.
 */
import type { TokenCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { checkGraphAccess, graphNeeds, type GraphFeatures } from '../../src/graph/tenant/access-check.js';
import { StartupError } from '../../src/startup-error.js';
import { rolesCredential } from '../support/test-credentials.js';

const CLIENT_ID = '5f1d0a9b-7c63-4b6a-8e2c-2a7c4e1b9d3f';
const EVERYTHING: GraphFeatures = { mailboxAccess: 'entra', emailReminders: true, installsApp: true };
const ALL_ROLES = ['Calendars.ReadWrite', 'Mail.Send', 'TeamsAppInstallation.ReadWriteForUser.All', 'User.Read.All'];

const refusal = async (credential: TokenCredential, features: GraphFeatures): Promise<string> => {
  const error = await checkGraphAccess(credential, features, CLIENT_ID).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof StartupError)) throw new Error(`expected a StartupError, got ${String(error)}`);
  return error.message;
};

describe('checkGraphAccess', () => {
  it('passes quietly with every permission the features need, asking for a Graph token', async () => {
    const scopes: (string | string[])[] = [];
    const credential: TokenCredential = {
      getToken: async (scope, options) => {
        scopes.push(scope);
        return rolesCredential(ALL_ROLES).getToken(scope, options);
      },
    };
    expect(await checkGraphAccess(credential, EVERYTHING, CLIENT_ID)).toEqual([]);
    expect(scopes).toEqual(['https://graph.microsoft.com/.default']);
  });

  it('refuses to start without Calendars.ReadWrite, in one line naming the permission, the identity and what needs it', async () => {
    const message = await refusal(rolesCredential(['Calendars.Read', 'Mail.Send']), EVERYTHING);
    expect(message).toContain(`AZURE_CLIENT_ID=${CLIENT_ID} lacks the Microsoft Graph application permission Calendars.ReadWrite`);
    expect(message).toContain('booking, moving and cancelling sessions');
    expect(message).toContain('GRAPH_MAILBOX_ACCESS=exchange-rbac');
    expect(message).not.toContain('\n');
  });

  it('warns, and starts, when an optional feature lacks its permission: each one named with the switch that turns it off', async () => {
    const warnings = await checkGraphAccess(rolesCredential(['Calendars.ReadWrite']), EVERYTHING, CLIENT_ID);
    expect(warnings.map((w) => w.permission)).toEqual(['Mail.Send', 'TeamsAppInstallation.ReadWriteForUser.All', 'User.Read.All']);
    expect(warnings[0]!.message).toContain('reminders by email');
    expect(warnings[0]!.message).toContain('EMAIL_REMINDERS=false');
    expect(warnings[1]!.message).toContain('TEAMS_APP_CATALOG_ID');
  });

  it('asks only for what the configured features use', async () => {
    const features: GraphFeatures = { mailboxAccess: 'entra', emailReminders: false, installsApp: false };
    expect(graphNeeds(features).map((need) => need.permission)).toEqual(['Calendars.ReadWrite']);
    expect(await checkGraphAccess(rolesCredential(['Calendars.ReadWrite']), features, CLIENT_ID)).toEqual([]);
  });

  it('takes a wider directory role for User.Read.All, but not the self-install role Convene\'s manifest cannot use', async () => {
    const warnings = await checkGraphAccess(
      rolesCredential(['Calendars.ReadWrite', 'Mail.Send', 'Directory.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All']),
      EVERYTHING,
      CLIENT_ID,
    );
    expect(warnings.map((w) => w.permission)).toEqual(['TeamsAppInstallation.ReadWriteForUser.All']);
  });

  it('with Exchange Online RBAC for Applications, needs no mailbox role in the token, and warns of a tenant-wide one', async () => {
    const features: GraphFeatures = { ...EVERYTHING, mailboxAccess: 'exchange-rbac' };
    expect(await checkGraphAccess(rolesCredential(['TeamsAppInstallation.ReadWriteForUser.All', 'User.Read.All']), features, CLIENT_ID)).toEqual([]);
    const warnings = await checkGraphAccess(rolesCredential(['Calendars.ReadWrite', 'TeamsAppInstallation.ReadWriteForUser.All', 'User.Read.All']), features, CLIENT_ID);
    expect(warnings).toEqual([{ permission: 'Calendars.ReadWrite', message: expect.stringContaining('every mailbox in the tenant') }]);
  });

  it('refuses to start when no token can be had, with the credential\'s reason', async () => {
    const failing: TokenCredential = {
      getToken: async () => {
        throw new Error('ManagedIdentityCredential: the identity 5f1d… is not assigned to this host\nstack…');
      },
    };
    expect(await refusal(failing, EVERYTHING)).toBe(
      `no Microsoft Graph token for AZURE_CLIENT_ID=${CLIENT_ID}: ManagedIdentityCredential: the identity 5f1d… is not assigned to this host`,
    );
  });
});
