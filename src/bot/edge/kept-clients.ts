/**
 * botbuilder makes a new ConnectorClient and UserTokenClient, each with its own Azure HTTP pipeline, for every turn
 * and every proactive send: about a twentieth of the bot's CPU on answer presses. A turn's factory comes from
 * `authenticateRequest`, a proactive send's from `createConnectorFactory`: both are made to keep their clients. A client holds no turn's state
 * (its credentials keep their own token cache), so one per app, service URL and audience serves them all, as
 * botbuilder's older BotFrameworkAdapter kept them.
 */
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';

type Authentication = ConfigurationBotFrameworkAuthentication;
type Identity = Parameters<Authentication['createConnectorFactory']>[0];
type Factory = ReturnType<Authentication['createConnectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

/** Made once per key; a failed make is not kept, so the next turn tries again. */
const keep = <T>(kept: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
  let made = kept.get(key);
  if (!made) {
    made = make();
    kept.set(key, made);
    made.catch(() => kept.delete(key));
  }
  return made;
};

/**
 * The connector client retries a 429 or a 5xx itself, out of sight of the outbox's pacing, and holds the send
 * while it waits. The outbox does its own retrying, so its sends go through a client without the pipeline's
 * retry policy (by its published name); turns keep it.
 */
const withoutRetryPolicy = (client: Client): Client => {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } }).client?.pipeline;
  pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
  return client;
};

/** The app a turn is for: the claims' audience (none when running without BOT_ID). */
const appOf = (identity: Identity): string => identity.getClaimValue('aud') ?? '';

class KeptFactory {
  constructor(
    private readonly made: Factory,
    private readonly app: string,
    private readonly clients: Map<string, Promise<Client>>,
  ) {}

  create(serviceUrl: string, audience?: string): Promise<Client> {
    return keep(this.clients, `${this.app}\n${serviceUrl}\n${audience ?? ''}`, () => this.made.create(serviceUrl, audience));
  }

  createWithoutRetries(serviceUrl: string, audience?: string): Promise<Client> {
    return keep(this.clients, `${this.app}\n${serviceUrl}\n${audience ?? ''}\nno retries`, async () => withoutRetryPolicy(await this.made.create(serviceUrl, audience)));
  }
}

/** Makes `authentication` (the adapter's) keep the clients it makes. */
export const keepClients = (authentication: Authentication): void => {
  const createFactory = authentication.createConnectorFactory.bind(authentication);
  const createTokenClient = authentication.createUserTokenClient.bind(authentication);
  const authenticate = authentication.authenticateRequest.bind(authentication);
  const clients = new Map<string, Promise<Client>>();
  const tokenClients = new Map<string, Promise<TokenClient>>();
  authentication.createConnectorFactory = (identity) => new KeptFactory(createFactory(identity), appOf(identity), clients) as unknown as Factory;
  authentication.createUserTokenClient = (identity) => keep(tokenClients, appOf(identity), () => createTokenClient(identity));
  authentication.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticate(activity, authHeader);
    const made = result.connectorFactory;
    return made ? { ...result, connectorFactory: new KeptFactory(made, appOf(result.claimsIdentity), clients) as unknown as Factory } : result;
  };
};

/** Inside a proactive turn of the outbox: its sends go through the client without retries. */
export const sendWithoutRetries = async (context: TurnContext, adapter: CloudAdapter): Promise<void> => {
  const factory = context.turnState.get(adapter.ConnectorFactoryKey);
  if (!(factory instanceof KeptFactory)) throw new Error('The adapter keeps no clients: make it with createAdapter');
  context.turnState.set(adapter.ConnectorClientKey, await factory.createWithoutRetries(context.activity.serviceUrl));
};
