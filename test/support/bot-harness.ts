/** Starts the real bot (HTTP endpoint, store, calendar) beside a connector server, for integration tests. */
import { readConfig } from '../../src/config.js';
import { startConvene, type Convene, type Overrides } from '../../src/convene.js';
import { startConnectorServer, type ConnectorServer, type TeamsUser } from './connector-server.js';
import { TeamsClient } from './teams-client.js';

export interface BotHarness {
  convene: Convene;
  connector: ConnectorServer;
  client: TeamsClient;
  close(): Promise<void>;
}

export const startBotHarness = async (
  users: TeamsUser[],
  env: Record<string, string> = {},
  overrides: Overrides = {},
  /** A connector kept from before a restart: stored conversation references point at it. */
  keptConnector?: ConnectorServer,
): Promise<BotHarness> => {
  const connector = keptConnector ?? (await startConnectorServer());
  users.forEach((user) => connector.addUser(user));
  // The connector stands in for SharePoint too (connector.addFile), so its origin is the test-only allowed one
  // unless the test says otherwise (attachmentSource: {} allows no local source at all).
  const withFiles: Overrides = 'attachmentSource' in overrides ? overrides : { ...overrides, attachmentSource: { allow: connector.url } };
  const convene = await startConvene(readConfig({ PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'silent', ...env }), withFiles);
  return {
    convene,
    connector,
    client: new TeamsClient(convene.url, connector, 'personal', () => convene.idle()),
    close: async () => {
      await convene.close();
      if (!keptConnector) await connector.close();
    },
  };
};

export const user = (key: string, name: string, email: string): TeamsUser => ({
  id: `user-${key}`,
  aadObjectId: `00000000-0000-4000-8000-${key.padStart(12, '0')}`,
  name,
  email,
});
