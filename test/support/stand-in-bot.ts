/**
 * A bot endpoint that only listens: the Agents Playground announces its personal chat to it (installationUpdate,
 * conversationUpdate), and the test then posts activities into that chat through the Playground's connector, as a
 * bot does. No Bot Framework code: nothing here may change what the Playground is sent.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface ChatReference {
  serviceUrl: string;
  conversation: { id: string };
  bot: { id: string; name?: string };
}

export class StandInBot {
  private chat?: ChatReference;

  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
  ) {}

  static async start(): Promise<StandInBot> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const bot = new StandInBot(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`);
    server.on('request', (request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        bot.remember(body);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    return bot;
  }

  /** Posts an Adaptive Card into the Playground's chat, and returns the message's id. The chat must be open. */
  async sendCard(card: object): Promise<string> {
    return (await this.toChat('POST', '', card)).id;
  }

  /** Replaces the card of a message sent before, as booking progress does. */
  async updateCard(id: string, card: object): Promise<void> {
    await this.toChat('PUT', `/${encodeURIComponent(id)}`, card);
  }

  private async toChat(method: 'POST' | 'PUT', activity: string, card: object): Promise<{ id: string }> {
    const chat = await this.waitForChat();
    const url = `${chat.serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(chat.conversation.id)}/activities${activity}`;
    const body = {
      type: 'message',
      from: chat.bot,
      conversation: chat.conversation,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    };
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`The Playground refused the card: ${response.status} ${await response.text()}`);
    return response.json() as Promise<{ id: string }>;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private remember(body: string): void {
    const activity = JSON.parse(body || '{}');
    if (activity.serviceUrl && activity.conversation?.id && activity.recipient?.id) {
      this.chat = { serviceUrl: activity.serviceUrl, conversation: { id: activity.conversation.id }, bot: activity.recipient };
    }
  }

  private async waitForChat(): Promise<ChatReference> {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      if (this.chat) return this.chat;
    }
    throw new Error('The Playground never announced its chat to the stand-in bot.');
  }
}
