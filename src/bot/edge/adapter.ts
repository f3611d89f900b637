import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config.js';
import { adapterSettings, authenticationOf, refuseBadTokens, type TestChannel } from './authentication.js';
import { keepClients } from './kept-clients.js';

/** The Bot Framework adapter. With no BOT_ID it runs unauthenticated (local mode, loopback only). */
export const createAdapter = (config: Config, testChannel?: TestChannel): TeamsAdapter => {
  const { settings, credentials } = adapterSettings(
    config.localMode
      ? {}
      : ({
          MicrosoftAppId: config.BOT_ID,
          MicrosoftAppPassword: config.BOT_PASSWORD,
          MicrosoftAppType: config.BOT_TYPE,
          MicrosoftAppTenantId: config.BOT_TENANT_ID,
        } as ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0]),
    testChannel,
  );
  const adapter = new TeamsAdapter(settings, credentials);
  // TeamsAdapter makes its authentication itself, so the clients are kept on that one.
  const authentication = authenticationOf(adapter);
  refuseBadTokens(authentication);
  keepClients(authentication);
  return adapter;
};
