import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import {
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import { GraphBearerHandler } from './graph-bearer-handler.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const DEFAULT_BASE_URL = 'https://graph.microsoft.com/';

/** Used only when a 429 or 503 comes without Retry-After; with the header, its value is the wait. */
const FALLBACK_RETRY_DELAY_SECONDS = 3;
/** Booking 60 events can meet several throttling windows in a row. */
const MAX_RETRIES = 6;

export interface GraphClientOptions {
  /** Graph's root, e.g. `http://127.0.0.1:PORT/`; requests go to `{baseUrl}v1.0/...`. */
  baseUrl?: string;
  credential: TokenCredential;
}

/**
 * The real Graph client with the default chain's handlers in the default order, our bearer handler in place
 * of the AuthenticationHandler. The RetryHandler retries 429, 503 and 504 and waits the response's
 * Retry-After (seconds or an HTTP date) before each retry.
 */
export const createGraphClient = ({ baseUrl = DEFAULT_BASE_URL, credential }: GraphClientOptions): Client => {
  const root = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const provider = new TokenCredentialAuthenticationProvider(credential, { scopes: [GRAPH_SCOPE] });
  return Client.initWithMiddleware({
    baseUrl: root,
    defaultVersion: 'v1.0',
    middleware: [
      new GraphBearerHandler(provider, new URL(root).origin),
      new RetryHandler(new RetryHandlerOptions(FALLBACK_RETRY_DELAY_SECONDS, MAX_RETRIES)),
      new RedirectHandler(),
      new TelemetryHandler(),
      new HTTPMessageHandler(),
    ],
  });
};

export interface GraphCredentialSettings {
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  managedIdentityClientId?: string;
}

/** A client secret when one is given (local runs), otherwise the host's managed identity (Azure). */
export const credentialFromEnvironment = (settings: GraphCredentialSettings): TokenCredential => {
  const { tenantId, clientId, clientSecret, managedIdentityClientId } = settings;
  if (clientSecret) {
    if (!tenantId || !clientId) throw new Error('A Graph client secret needs a tenant id and a client id');
    return new ClientSecretCredential(tenantId, clientId, clientSecret);
  }
  return managedIdentityClientId
    ? new ManagedIdentityCredential({ clientId: managedIdentityClientId })
    : new ManagedIdentityCredential();
};
