import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { keepClients } from '../../src/bot/edge/kept-clients.js';

/** The pipeline's policies by name, as the Azure SDK lists them. */
const policies = (client: unknown): string[] =>
  (client as { client: { pipeline: { getOrderedPolicies(): { name: string }[] } } }).client.pipeline.getOrderedPolicies().map((policy) => policy.name);

const anonymous = async (authentication: ConfigurationBotFrameworkAuthentication) =>
  (await authentication.authenticateRequest({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/' } as never, '')).claimsIdentity;

describe('connector clients kept by the adapter', () => {
  it('makes one client per service URL for every turn, and one more without the retry policy for the outbox', async () => {
    const authentication = new ConfigurationBotFrameworkAuthentication({});
    keepClients(authentication);
    const identity = await anonymous(authentication);
    const first = await authentication.createConnectorFactory(identity).create('http://127.0.0.1:1/');
    const again = await authentication.createConnectorFactory(identity).create('http://127.0.0.1:1/');
    const elsewhere = await authentication.createConnectorFactory(identity).create('http://127.0.0.1:2/');
    expect(again).toBe(first);
    expect(elsewhere).not.toBe(first);
    const factory = authentication.createConnectorFactory(identity) as unknown as { createWithoutRetries(url: string): Promise<unknown> };
    const quiet = await factory.createWithoutRetries('http://127.0.0.1:1/');
    expect(quiet).not.toBe(first);
    expect(await factory.createWithoutRetries('http://127.0.0.1:1/')).toBe(quiet);
    expect(policies(first)).toContain('defaultRetryPolicy');
    expect(policies(quiet)).not.toContain('defaultRetryPolicy');
    expect(await authentication.createUserTokenClient(identity)).toBe(await authentication.createUserTokenClient(identity));
  });

  it('gives each incoming turn the same client for its service URL', async () => {
    const authentication = new ConfigurationBotFrameworkAuthentication({});
    keepClients(authentication);
    const turn = () => authentication.authenticateRequest({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/' } as never, '');
    const [first, second] = await Promise.all([turn(), turn()]);
    const client = await first.connectorFactory?.create('http://127.0.0.1:1/', first.audience);
    expect(client).toBeDefined();
    expect(await second.connectorFactory?.create('http://127.0.0.1:1/', second.audience)).toBe(client);
    expect(policies(client)).toContain('defaultRetryPolicy');
  });
});
