import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import { caseFormCard } from '../cards/case-forms/index.js';
import { declineCard, inviteCard, outlookChangeCard, reminderCard } from '../cards/invitations/index.js';
import { digestCard } from '../cards/reminders/index.js';
import { concernCard, noteFormCard, sessionHeading } from '../cards/notes/index.js';
import { cardForProposal } from '../cards/proposals/index.js';
import { clockTime } from '../cards/shared/index.js';
import { referenceForChat } from './chat-reference.js';
import { sendWithoutRetries } from './edge/kept-clients.js';
import { SendRefused, type CardJson, type CardLocation, type InstalledChat, type Messenger, type Notice, type SessionPrompt } from '../services/ports/index.js';

/** What a route needs beyond the Messenger port: to post into the chat of a turn that has ended, and to move a card. */
export interface ChatPoster {
  /** Posts a message or a card where `reference` (TurnContext.getConversationReference) points; the new message's id. */
  postTo(reference: unknown, message: CardJson | string): Promise<string | undefined>;
  /** Replaces a card that was posted earlier, in one try: a refusal is for the outbox to try again. Throws SendRefused. */
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

const noticeCard = (notice: Notice): CardJson => {
  switch (notice.kind) {
    case 'invite':
      return inviteCard(notice.review, notice.booking, notice.invitation);
    case 'concern':
      return concernCard(notice.review, notice.concern);
    case 'decline':
      return declineCard(notice);
    case 'changedInOutlook':
      return outlookChangeCard(notice);
    case 'prompt':
      return promptCard(notice.prompt);
    case 'reminder':
      return reminderCard(notice);
    case 'digest':
      return digestCard(notice.digest, { nonce: randomUUID() });
    case 'progress':
      return cardForProposal(notice.review, notice.proposal, notice.progress);
  }
};

/** The connector's error as the outbox reads it: an HTTP status and Retry-After; no status means no answer came. */
const refusal = (error: unknown): unknown => {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number') return error;
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } }).response?.headers;
  const retryAfter = Number(headers?.get?.('retry-after'));
  return new SendRefused(status, headers?.get?.('retry-after') !== undefined && Number.isFinite(retryAfter) ? retryAfter : undefined, error instanceof Error ? error.message : String(error));
};

/** Proactive sends through stored conversation references (kept in the database, so restarts lose none). */
export class BotMessenger implements Messenger, ChatPoster {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async deliver(reference: unknown, notice: Notice): Promise<string | undefined> {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(noticeCard(notice)));
    let id: string | undefined;
    await this.forOutbox(reference, async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  async replaceCard(location: CardLocation, notice: Notice): Promise<void> {
    const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(noticeCard(notice))), id: location.activityId };
    await this.forOutbox(location.reference, (context) => context.updateActivity(activity));
  }

  conversationOf(reference: unknown): string {
    return (reference as Partial<ConversationReference>).conversation?.id ?? '';
  }

  /** The outbox's sends: through the client without retries (the outbox retries), refusals as it reads them. */
  private async forOutbox(reference: unknown, work: (context: TurnContext) => Promise<unknown>): Promise<void> {
    try {
      await this.proactively(reference as Partial<ConversationReference>, async (context) => {
        await sendWithoutRetries(context, this.adapter);
        await work(context);
      });
    } catch (error) {
      throw refusal(error);
    }
  }

  referenceFor(chat: InstalledChat, kept: readonly unknown[]): unknown | undefined {
    return referenceForChat(chat, kept);
  }

  async updateCard(location: CardLocation, card: CardJson): Promise<void> {
    const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: location.activityId };
    await this.forOutbox(location.reference, (context) => context.updateActivity(activity));
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
