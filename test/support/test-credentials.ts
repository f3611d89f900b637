import type { AccessToken, TokenCredential } from '@azure/identity';

const HOUR = 3_600_000;

/**
 * Hands out token-1, token-2… each valid for an hour from the test's clock, and records the scopes of every request:
 * a TokenCredential, the interface @azure/identity's credentials implement, of the test's own making.
 */
export const issuingCredential = (clock: { now: number }) => {
  const requests: (string | string[])[] = [];
  const credential: TokenCredential = {
    getToken: async (scopes): Promise<AccessToken> => {
      requests.push(scopes);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { token: `token-${requests.length}`, expiresOnTimestamp: clock.now + HOUR };
    },
  };
  return { credential, requests };
};

/** A JWT with these claims, unsigned: nothing here checks a signature (Graph and PostgreSQL would, in Azure). */
export const unsignedJwt = (claims: Record<string, unknown>): string =>
  [{ alg: 'none', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).concat('unsigned').join('.');

/** An app-only Graph token as Entra ID issues one, its `roles` the application permissions granted. */
export const appOnlyToken = (roles: string[]): string => unsignedJwt({ aud: 'https://graph.microsoft.com', idtyp: 'app', roles });

/** A credential whose Graph token grants these roles. */
export const rolesCredential = (roles: string[]): TokenCredential => ({
  getToken: async () => ({ token: appOnlyToken(roles), expiresOnTimestamp: Date.now() + HOUR }),
});
