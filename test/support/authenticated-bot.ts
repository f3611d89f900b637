/** The real bot with BOT_ID set, its tokens checked against a channel token service of the test's own. */
import { vi } from 'vitest';
import type { Overrides } from '../../src/convene.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, user, type BotHarness } from './bot-harness.js';
import { PRODUCTION, startChannelTokens, type ChannelTokens } from './channel-tokens.js';
import type { TeamsUser } from './connector-server.js';
import { TeamsClient } from './teams-client.js';

export interface AuthenticatedBot {
  h: BotHarness;
  channel: ChannelTokens;
  db(): OpenedStore['db'];
  /** Someone who never wrote to the bot: a turn of theirs that ran would keep their chat, and answer them. */
  newcomer(): TeamsUser;
  /** A client sending with this `Authorization` header (none when undefined), from a chat in this tenant. */
  client(authorization: string | undefined, tenant?: string): TeamsClient;
  /** A valid `Authorization` header for the bot's connector. */
  valid(): string;
  close(): Promise<void>;
}

export const startAuthenticatedBot = async (env: Record<string, string> = {}, overrides: Overrides = {}): Promise<AuthenticatedBot> => {
  // botbuilder writes every refused token to the console, with a stack; the answers are what the tests read.
  const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
  const channel = await startChannelTokens();
  const h = await startBotHarness([], { ...PRODUCTION, ...env }, { ...overrides, testChannel: channel.testChannel });
  let people = 0;
  return {
    h,
    channel,
    db: () => (h.convene.store as OpenedStore).db,
    newcomer: () => {
      const person = user(`9${++people}`, `Newcomer ${people}`, `newcomer${people}@elsewhere.example`);
      h.connector.addUser(person);
      return person;
    },
    client: (authorization, tenant) => new TeamsClient(h.convene.url, h.connector, 'personal', () => h.convene.idle(), { authorization, tenant }),
    valid: () => channel.header(h.connector.url),
    close: async () => {
      await h.close();
      await channel.close();
      console.mockRestore();
    },
  };
};
