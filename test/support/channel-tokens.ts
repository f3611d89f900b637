/**
 * The Bot Framework channel's token service on 127.0.0.1, so that the bot's authentication is tested offline: its
 * OpenID configuration and signing key (a JWKS whose key is endorsed for msteams, as the channel's are), and tokens
 * signed as the channel signs them, or wrongly. The bot reads it through Overrides.testChannel.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { TestChannel } from '../../src/bot/edge/authentication.js';
import { TENANT } from './teams-client.js';

/** The app id of the bot in tests that run with BOT_ID. */
export const BOT_APP_ID = '2a7c4e1b-9d3f-4b6a-8e2c-5f1d0a9b7c63';
/** The environment of a bot as production runs it, for tests in this process (HOST: loopback all the same). */
export const PRODUCTION = {
  BOT_ID: BOT_APP_ID,
  BOT_PASSWORD: 'not-a-real-secret',
  BOT_TENANT_ID: TENANT,
  LINK_SECRET: 'a'.repeat(64),
  NOTES_KEY: 'b'.repeat(64),
  HOST: '127.0.0.1',
  TICK_SECONDS: '0',
};

/** What the bot sends the connector as its own token: the connector records it. */
export const OUTBOUND_TOKEN = 'token-from-entra';

const ISSUER = 'https://api.botframework.com';
const KEY_ID = 'channel-key-1';

export interface TokenClaims {
  iss: string;
  aud: string;
  serviceurl: string;
  nbf: number;
  exp: number;
}

export interface ChannelTokens {
  /** The settings the bot is started with. */
  testChannel: TestChannel;
  /** An `Authorization` header for an activity sent through `serviceUrl`, signed with the channel's key. */
  header(serviceUrl: string, claims?: Partial<TokenClaims>): string;
  /** The same token signed with a key of the caller's own, under the channel's key id. */
  forged(serviceUrl: string): string;
  /** The same token with no signature, saying `alg: none`. */
  unsigned(serviceUrl: string): string;
  close(): Promise<void>;
}

const base64url = (value: object | Buffer): string => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

const jwt = (alg: 'RS256' | 'none', claims: TokenClaims, key?: KeyObject): string => {
  const signed = `${base64url({ alg, typ: 'JWT', kid: KEY_ID })}.${base64url(claims)}`;
  return `${signed}.${key ? base64url(sign('sha256', Buffer.from(signed), key)) : ''}`;
};

export const startChannelTokens = async (): Promise<ChannelTokens> => {
  const channel = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let url = '';
  const server = createServer((req, res) => {
    const body =
      req.url === '/.well-known/openidconfiguration'
        ? { issuer: ISSUER, jwks_uri: `${url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/keys'
          ? { keys: [{ ...channel.publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', endorsements: ['msteams'] }] }
          : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const claims = (serviceUrl: string, given: Partial<TokenClaims> = {}): TokenClaims => {
    const now = Math.floor(Date.now() / 1000);
    return { iss: ISSUER, aud: BOT_APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...given };
  };
  return {
    // botbuilder keeps keys a day per address: a new server is a new address, so its keys are never stale.
    testChannel: { openIdMetadataUrl: `${url}/.well-known/openidconfiguration`, outboundToken: OUTBOUND_TOKEN },
    header: (serviceUrl, given) => `Bearer ${jwt('RS256', claims(serviceUrl, given), channel.privateKey)}`,
    forged: (serviceUrl) => `Bearer ${jwt('RS256', claims(serviceUrl), forger.privateKey)}`,
    unsigned: (serviceUrl) => `Bearer ${jwt('none', claims(serviceUrl))}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
