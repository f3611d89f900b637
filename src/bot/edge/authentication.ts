/**
 * Bot Framework's token checks, as the adapter makes them, with one change: a token that jsonwebtoken itself refuses
 * (a signature that does not verify, `alg: none`, not valid yet) is refused as botbuilder refuses a wrong audience or
 * issuer, with an AuthenticationError, which CloudAdapter answers 401. botbuilder passes jsonwebtoken's error on as it
 * is, and CloudAdapter answers that 500, as if Convene had failed.
 */
import { CallerIdConstants, type ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { AuthenticationConstants, AuthenticationError, MicrosoftAppCredentials } from 'botframework-connector';

type Authentication = ConfigurationBotFrameworkAuthentication;
type Settings = ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0];

/** jsonwebtoken's errors, by their documented names (TokenExpiredError botbuilder already turns into a 401). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** The adapter's authentication: TeamsAdapter makes it itself and keeps it protected. */
export const authenticationOf = (adapter: TeamsAdapter): Authentication =>
  (adapter as unknown as { botFrameworkAuthentication: Authentication }).botFrameworkAuthentication;

/** Makes `authentication` refuse a token jsonwebtoken refuses as it refuses any other bad token. */
export const refuseBadTokens = (authentication: Authentication): void => {
  const authenticate = authentication.authenticateRequest.bind(authentication);
  authentication.authenticateRequest = async (activity, authHeader) => {
    try {
      return await authenticate(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError('Unauthorized. The token is not valid.', 401);
      throw error;
    }
  };
};

/** Whether `error` is a refused token (no token, or one that is not valid for this bot), not a failure of Convene's. */
export const isRefusedToken = (error: unknown): boolean => error instanceof AuthenticationError;

/**
 * For tests only, through Overrides: the Bot Framework channel's tokens checked against a test's own OpenID server,
 * and, Entra being out of reach, a fixed token on what the bot sends the connector.
 */
export interface TestChannel {
  /** The channel's OpenID configuration, whose `jwks_uri` serves the keys the test signs with. */
  openIdMetadataUrl: string;
  /** The bearer token on every request the bot makes to the connector. */
  outboundToken: string;
}

/** Given any one of these settings, botbuilder takes none of the public cloud's: all but the keys' address are its defaults. */
const testSettings = (channel: TestChannel): Settings => ({
  ToBotFromChannelOpenIdMetadataUrl: channel.openIdMetadataUrl,
  ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
  ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
  ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
  OAuthUrl: AuthenticationConstants.OAuthUrl,
  CallerId: CallerIdConstants.PublicAzureChannel,
});

class FixedTokenCredentials extends MicrosoftAppCredentials {
  constructor(
    appId: string,
    private readonly token: string,
  ) {
    super(appId, '');
  }

  override async getToken(): Promise<string> {
    return this.token;
  }
}

/** The app id checks are the configuration's own; only the outbound token is the test's. */
class FixedTokenFactory extends ConfigurationServiceClientCredentialFactory {
  constructor(
    settings: Settings,
    private readonly token: string,
  ) {
    super(settings);
  }

  override async createCredentials(appId: string): Promise<MicrosoftAppCredentials> {
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    return new FixedTokenCredentials(appId, this.token);
  }
}

/** The adapter's settings and credentials: the configuration's, or with a test's channel. */
export const adapterSettings = (settings: Settings, channel?: TestChannel): { settings: Settings; credentials?: ConfigurationServiceClientCredentialFactory } =>
  channel ? { settings: { ...settings, ...testSettings(channel) }, credentials: new FixedTokenFactory(settings, channel.outboundToken) } : { settings };
