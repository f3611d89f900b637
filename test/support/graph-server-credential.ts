import type { AccessToken, TokenCredential } from '@azure/identity';

/** A credential that always returns the same token: the Graph test server checks only its presence. */
export const staticCredential = (token = 'test-token'): TokenCredential => ({
  getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }),
});
