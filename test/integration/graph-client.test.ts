import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGraphClient, credentialFromEnvironment } from '../../src/graph/graph-client.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';

let server: GraphServer;

beforeEach(async () => {
  server = await startGraphServer({ token: 'test-token' });
});
afterEach(async () => {
  await server.close();
});

it('signs requests to GRAPH_BASE_URL with the credential’s token, under v1.0', async () => {
  const client = createGraphClient({ baseUrl: server.url, credential: staticCredential('test-token') });
  const page = await client.api('/users/ana@shropshire.example/events').get();

  expect(page).toEqual({ value: [] });
  expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/users/ana@shropshire.example/events', status: 200 });
  expect(server.requests[0].headers.authorization).toBe('Bearer test-token');
});

it('answers unknown routes with Graph’s error shape', async () => {
  const client = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential('test-token') });
  await expect(client.api('/users/ana@shropshire.example/contacts').get()).rejects.toMatchObject({
    statusCode: 404,
    code: 'UnknownError',
  });
});

it('uses a client secret when one is given, and the managed identity otherwise', () => {
  const secret = credentialFromEnvironment({ tenantId: 't', clientId: 'c', clientSecret: 's' });
  expect(secret).toBeInstanceOf(ClientSecretCredential);
  expect(credentialFromEnvironment({ managedIdentityClientId: 'm' })).toBeInstanceOf(ManagedIdentityCredential);
  expect(credentialFromEnvironment({})).toBeInstanceOf(ManagedIdentityCredential);
  expect(() => credentialFromEnvironment({ clientSecret: 's' })).toThrow(/tenant id and a client id/);
});
