/**
 * PostgreSQL's password as a Microsoft Entra access token (DATABASE_AUTH=entra): Azure Database for PostgreSQL takes
 * the token of the role's identity in place of a password. pg asks for the password each time it opens a connection,
 * so one token serves every connection until it is close to its end, and then a new one is fetched.
 */
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { ClientConfig } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

/** The scope of Azure Database for PostgreSQL (and MySQL): "oss-rdbms" in `az account get-access-token`. */
export const POSTGRES_ENTRA_SCOPE = 'https://ossrdbms-aad.database.windows.net/.default';

/**
 * A connection opened just before the token ends would fail its sign-in; managed identity tokens last hours, so
 * fetching again five minutes early costs nothing.
 */
export const REFRESH_BEFORE_MS = 5 * 60_000;

/** pg.Pool's `password` option: called for each new connection. */
export type PasswordSource = () => Promise<string>;

export const entraPassword = (credential: TokenCredential, now: () => number = Date.now): PasswordSource => {
  let current: AccessToken | undefined;
  let fetching: Promise<AccessToken> | undefined;
  const fetchToken = async (): Promise<AccessToken> => {
    const token = await credential.getToken(POSTGRES_ENTRA_SCOPE);
    if (!token) throw new Error(`No Microsoft Entra token for ${POSTGRES_ENTRA_SCOPE}: is the managed identity (AZURE_CLIENT_ID) assigned to this host?`);
    current = token;
    return token;
  };
  return async () => {
    if (current && current.expiresOnTimestamp - now() > REFRESH_BEFORE_MS) return current.token;
    // Connections opened together (the pool filling) wait for the one request rather than each asking for a token.
    fetching ??= fetchToken().finally(() => {
      fetching = undefined;
    });
    return (await fetching).token;
  };
};

/**
 * A pool's connection settings. pg lets the address's own (empty) password override a `password` option given beside
 * `connectionString`, so with a password source the address is parsed here, as pg would, and the source set after.
 */
export const connectionConfig = (databaseUrl: string, password: PasswordSource | undefined): Omit<ClientConfig, 'password'> & { password?: string | PasswordSource } =>
  password ? { ...parseIntoClientConfig(databaseUrl), password } : { connectionString: databaseUrl };
