import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { CardJson, CardLocation, Messenger, PeopleRepository } from '../services/ports.js';

/** Proactive sends through stored conversation references (kept in the database, so restarts lose none). */
export class BotMessenger implements Messenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly people: PeopleRepository,
  ) {}

  async sendCard(email: string, card: CardJson): Promise<boolean> {
    const reference = (await this.people.conversationFor(email)) as Partial<ConversationReference> | undefined;
    if (!reference) return false;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    });
    return true;
  }

  async updateCard(location: CardLocation, card: CardJson): Promise<void> {
    const reference = location.reference as Partial<ConversationReference>;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: location.activityId });
    });
  }
}
