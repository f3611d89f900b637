/**
 * Sends Bot Framework activities to the bot's real HTTP endpoint as Teams would, one user at a time,
 * and reads back what the bot posted to the connector.
 */
import { randomUUID } from 'node:crypto';
import type { ConnectorServer, Recorded, TeamsUser } from './connector-server.js';

/** The tenant every test person and chat is in (the Graph-compatible server's too). */
export const TENANT = '00000000-0000-0000-0000-00000000beef';

/** Where a message is sent from: a person's 1:1 chat with the bot, a group chat, or a team's channel. */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

const SHARED = {
  groupChat: { id: '19:convene-group@thread.v2', channelData: {} },
  channel: { id: '19:convene-channel@thread.tacv2', channelData: { team: { id: '19:convene-team@thread.tacv2' }, channel: { id: '19:convene-channel@thread.tacv2' } } },
};

export class TeamsClient {
  constructor(
    private readonly botUrl: string,
    private readonly connector: ConnectorServer,
    private readonly where: ConversationKind = 'personal',
    /** Resolves when the bot's work after the turn is done (Convene.idle). */
    private readonly idle: () => Promise<void> = async () => {},
    /** The `Authorization` header on every activity (with BOT_ID), and the tenant the chats are in. */
    private readonly channel: { authorization?: string; tenant?: string } = {},
  ) {}

  /** The same client, sending from a group chat or a channel (one each, shared by every user) instead. */
  in(where: ConversationKind): TeamsClient {
    return new TeamsClient(this.botUrl, this.connector, where, this.idle, this.channel);
  }

  conversationOf(user: TeamsUser): string {
    return this.where === 'personal' ? `personal-${user.id}` : SHARED[this.where].id;
  }

  private base(user: TeamsUser) {
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.connector.url,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: { id: 'bot-id', name: 'Convene' },
      conversation: { id: this.conversationOf(user), conversationType: this.where, tenantId: this.channel.tenant ?? TENANT },
      channelData: { tenant: { id: this.channel.tenant ?? TENANT }, ...(this.where === 'personal' ? {} : SHARED[this.where].channelData) },
    };
  }

  private async post(activity: object): Promise<{ status: number; body: any }> {
    const authorization = this.channel.authorization;
    const response = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    // botbuilder answers a refused token in plain words.
    const json = response.headers.get('content-type')?.includes('json');
    return { status: response.status, body: text && json ? JSON.parse(text) : text || undefined };
  }

  /** Sends a message; returns the bot's HTTP answer, whatever it is. */
  async send(user: TeamsUser, text: string, attachments?: object[]) {
    return this.post({ ...this.base(user), type: 'message', text, attachments });
  }

  /** Sends a message and returns what the bot posted during that turn. */
  async say(user: TeamsUser, text: string, attachments?: object[]): Promise<Recorded[]> {
    const before = this.connector.recorded.length;
    const { status } = await this.send(user, text, attachments);
    if (status !== 200) throw new Error(`bot answered ${status}`);
    return this.connector.recorded.slice(before).filter((r) => r.activity.type !== 'typing');
  }

  /** Sends a message and returns what the bot posted during that turn and the work after it (a plan's cards). */
  async sayAndWait(user: TeamsUser, text: string): Promise<Recorded[]> {
    const before = this.connector.recorded.length;
    await this.say(user, text);
    await this.idle();
    return this.connector.recorded.slice(before).filter((r) => r.activity.type !== 'typing');
  }

  /** Installs the app as the user would (a conversationUpdate adding them); returns what the bot posted. */
  async install(user: TeamsUser): Promise<Recorded[]> {
    const before = this.connector.recorded.length;
    const { status } = await this.post({ ...this.base(user), type: 'conversationUpdate', membersAdded: [{ id: user.id, aadObjectId: user.aadObjectId }] });
    if (status !== 200) throw new Error(`bot answered ${status}`);
    return this.connector.recorded.slice(before);
  }

  /** Presses an Action.Execute button; returns the invoke response (status and body). */
  async press(user: TeamsUser, cardActivityId: string, verb: string, data: Record<string, unknown>) {
    return this.post({
      ...this.base(user),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardActivityId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
  }

  /** Sends another invoke as Teams would (e.g. `fileConsent/invoke` when a file consent card is answered); returns the invoke response. */
  async invoke(user: TeamsUser, name: string, value: unknown, replyToId?: string) {
    return this.post({ ...this.base(user), type: 'invoke', name, value, ...(replyToId ? { replyToId } : {}) });
  }
}

/** The text of every TextBlock and table cell in a card, for assertions on what a person would read. */
export const cardText = (card: unknown): string => {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      if (typeof record.value === 'string' && typeof record.title === 'string') texts.push(`${record.title}: ${record.value}`);
      // An action's data is what a button sends, not what a person reads.
      Object.entries(record).forEach(([key, value]) => key !== 'data' && walk(value));
    }
  };
  walk(card);
  return texts.join('\n');
};

export const cardOf = (recorded: Recorded): Record<string, any> | undefined =>
  recorded.activity.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

/** Every Action.Execute a card offers: its own, those in an ActionSet, and those behind an Action.ShowCard. */
export const actionsOf = (card: Record<string, any> | undefined): { title: string; verb: string; data: Record<string, unknown> }[] => {
  const found: any[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record);
      Object.entries(record).forEach(([key, value]) => key !== 'data' && walk(value));
    }
  };
  walk(card);
  return found;
};

/** Every input of the card, id → value, as Teams would submit them untouched. */
export const inputsOf = (card: unknown): Record<string, string> => {
  const inputs: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string') inputs[record.id] = String(record.value ?? '');
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return inputs;
};
