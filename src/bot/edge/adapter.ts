import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config.js';
import { keepClients } from './kept-clients.js';

/** The Bot Framework adapter. With no BOT_ID it runs unauthenticated (local mode, loopback only). */
export const createAdapter = (config: Config): TeamsAdapter => {
  const adapter = new TeamsAdapter(
    config.localMode
      ? {}
      : ({
          MicrosoftAppId: config.BOT_ID,
          MicrosoftAppPassword: config.BOT_PASSWORD,
          MicrosoftAppType: config.BOT_TYPE,
          MicrosoftAppTenantId: config.BOT_TENANT_ID,
        } as ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0]),
  );
  // TeamsAdapter makes its authentication itself, so the clients are kept on that one.
  keepClients((adapter as unknown as { botFrameworkAuthentication: ConfigurationBotFrameworkAuthentication }).botFrameworkAuthentication);
  return adapter;
};
