/**
 * App Service's managed identity endpoint, on loopback: @azure/identity's ManagedIdentityCredential, given
 * IDENTITY_ENDPOINT and IDENTITY_HEADER as App Service sets them, asks it for tokens exactly as in Azure. So a bot
 * process runs its production credential with no Azure. Each token is a JWT whose `roles` are the application
 * permissions this test grants for Microsoft Graph.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { unsignedJwt } from './test-credentials.js';

export interface TokenRequest {
  /** The resource asked for, e.g. https://graph.microsoft.com. */
  resource: string;
  /** The user-assigned identity asked for (AZURE_CLIENT_ID). */
  clientId: string | null;
}

export interface IdentityEndpoint {
  /** For the bot's environment. */
  env: { IDENTITY_ENDPOINT: string; IDENTITY_HEADER: string };
  requests: TokenRequest[];
  /** The token handed out for this resource. */
  tokenFor(resource: string): string;
  close(): Promise<void>;
}

export const startIdentityEndpoint = async (grantedGraphRoles: string[]): Promise<IdentityEndpoint> => {
  const header = randomBytes(12).toString('hex');
  const requests: TokenRequest[] = [];
  const tokenFor = (resource: string) =>
    unsignedJwt({ aud: resource, idtyp: 'app', ...(resource === 'https://graph.microsoft.com' && { roles: grantedGraphRoles }) });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.headers['x-identity-header'] !== header) {
      response.writeHead(401).end();
      return;
    }
    const resource = url.searchParams.get('resource') ?? '';
    requests.push({ resource, clientId: url.searchParams.get('client_id') });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        access_token: tokenFor(resource),
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource,
        token_type: 'Bearer',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the identity endpoint has no port');
  return {
    env: { IDENTITY_ENDPOINT: `http://127.0.0.1:${address.port}/msi/token`, IDENTITY_HEADER: header },
    requests,
    tokenFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
