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
