import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { UserError } from '../domain/shared/index.js';
import type { CardJson } from '../services/ports/index.js';

/** A user error as a chat reply: the message, then any details (every problem in a file, say). */
export const errorText = (error: UserError): string =>
  error.details && error.details.length > 0
    ? `${error.message}\n\n${error.details.map((line) => `- ${line}`).join('\n')}`
    : error.message;

export const replyError = (context: TurnContext, error: UserError) => context.sendActivity(errorText(error));

export const replyCard = (context: TurnContext, card: CardJson) =>
  context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
