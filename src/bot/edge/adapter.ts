import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config.js';

/** The Bot Framework adapter. With no BOT_ID it runs unauthenticated (local mode, loopback only). */
export const createAdapter = (config: Config): TeamsAdapter =>
  new TeamsAdapter(
    config.localMode
      ? {}
      : ({
          MicrosoftAppId: config.BOT_ID,
          MicrosoftAppPassword: config.BOT_PASSWORD,
          MicrosoftAppType: config.BOT_TYPE,
          MicrosoftAppTenantId: config.BOT_TENANT_ID,
        } as ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0]),
  );
