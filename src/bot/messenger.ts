import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import { caseFormCard } from '../cards/case-forms/index.js';
import { declineCard, inviteCard } from '../cards/invitations/index.js';
import { concernCard, noteFormCard, sessionHeading } from '../cards/notes/index.js';
import { clockTime } from '../cards/shared/index.js';
import type { CardJson, CardLocation, ConcernNotice, DeclineNotice, InviteNotice, Messenger, PeopleRepository, SessionPrompt } from '../services/ports/index.js';

/** What a route needs beyond the Messenger port: to post into the chat of a turn that has ended, and to move a card. */
export interface ChatPoster {
  /** Posts a message or a card where `reference` (TurnContext.getConversationReference) points; the new message's id. */
  postTo(reference: unknown, message: CardJson | string): Promise<string | undefined>;
  /** Replaces a card that was posted earlier. */
  updateCard(location: CardLocation, card: CardJson): Promise<void>;
}

const promptCard = (prompt: SessionPrompt): CardJson => {
  const { review } = prompt;
  if (prompt.kind === 'note') {
    return noteFormCard({ themes: review.themes, heading: sessionHeading(clockTime(prompt.start, review.timeZone)), context: prompt.noteContext });
  }
  const { form, saved, today } = prompt;
  return caseFormCard({ reviewName: review.name, form, saved, feedbackDate: review.feedbackDate, today });
};

/** Proactive sends through stored conversation references (kept in the database, so restarts lose none). */
export class BotMessenger implements Messenger, ChatPoster {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
    private readonly people: PeopleRepository,
  ) {}

  sendInvite(email: string, { review, booking, invitation }: InviteNotice): Promise<boolean> {
    return this.sendCard(email, inviteCard(review, booking, invitation));
  }

  sendConcern(email: string, { review, concern }: ConcernNotice): Promise<boolean> {
    return this.sendCard(email, concernCard(review, concern));
  }

  sendPrompt(email: string, prompt: SessionPrompt): Promise<boolean> {
    return this.sendCard(email, promptCard(prompt));
  }

  sendDecline(email: string, notice: DeclineNotice): Promise<boolean> {
    return this.sendCard(email, declineCard(notice));
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

  /** False when the person has no conversation with the bot (they never installed or wrote to it). */
  private async sendCard(email: string, card: CardJson): Promise<boolean> {
    const reference = (await this.people.conversationFor(email)) as Partial<ConversationReference> | undefined;
    if (!reference) return false;
    await this.postTo(reference, card);
    return true;
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
