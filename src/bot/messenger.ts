import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { CardJson, CardLocation, Messenger, PeopleRepository } from '../services/ports/index.js';

/** What a route needs beyond the Messenger port: to post into the chat of a turn that has ended. */
export interface ChatPoster {
  /** Posts a message or a card where `reference` (TurnContext.getConversationReference) points; the new message's id. */
  postTo(reference: unknown, message: CardJson | string): Promise<string | undefined>;
}

/** Proactive sends through stored conversation references (kept in the database, so restarts lose none). */
export class BotMessenger implements Messenger, ChatPoster {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly people: PeopleRepository,
  ) {}

  async sendCard(email: string, card: CardJson): Promise<boolean> {
    const reference = (await this.people.conversationFor(email)) as Partial<ConversationReference> | undefined;
    if (!reference) return false;
    await this.postTo(reference, card);
    return true;
  }

  async updateCard(location: CardLocation, card: CardJson): Promise<void> {
    await this.proactively(location.reference as Partial<ConversationReference>, (context) =>
      context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: location.activityId }),
    );
  }

  async postTo(reference: unknown, message: CardJson | string): Promise<string | undefined> {
    const activity = typeof message === 'string' ? MessageFactory.text(message) : MessageFactory.attachment(CardFactory.adaptiveCard(message));
    let id: string | undefined;
    await this.proactively(reference as Partial<ConversationReference>, async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  /**
   * The adapter hands an error inside a proactive turn to the app's turn error handler, which would post
   * "Sorry, nothing was changed" into that chat. A failed send is the caller's to handle, so it is carried
   * out of the turn and thrown here instead.
   */
  private async proactively(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<unknown>): Promise<void> {
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
      try {
        await work(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  }
}
