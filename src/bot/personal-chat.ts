/**
 * The peer team's evidence (notes, collections, concerns, exports, EHCP forms) is served only in a 1:1 chat:
 * in a group chat or a channel everyone there would read the note previews, the concerns and the
 * capability token of a saved note's card.
 */
import { TurnContext } from 'botbuilder';
import { userError, type Result, type UserError } from '../domain/shared/index.js';
import type { PeopleRepository } from '../services/ports/index.js';
import { whoIsTalking } from './who.js';

/** Teams says `personal`; the Playground may say nothing, and is a 1:1 chat too. */
export const inPersonalChat = (context: TurnContext): boolean => {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
};

const EVIDENCE = 'The peer team’s evidence (notes, collections, concerns, case forms) is private';

/** The refusal outside a 1:1 chat; `command` is what to send there instead, `what` says why it is private. */
export const personalChatOnly = (context: TurnContext, command: string, what = EVIDENCE): UserError | undefined =>
  inPersonalChat(context) ? undefined : userError('ACCESS.NOT_PERSONAL_CHAT', `${what}: send me **${command}** in a 1:1 chat with Convene.`);

/** Who pressed an evidence card's button, refused before anything is read when the card is not in a 1:1 chat. */
export const privateAsker = async (people: PeopleRepository, context: TurnContext, command: string): Promise<Result<string>> =>
  personalChatOnly(context, command) ?? whoIsTalking(people, context);

/**
 * Keeps the person's 1:1 chat, the one cards can reach them in; true when it is the first one kept,
 * so that what could not reach them before (a concern) can be handed over now.
 */
export const rememberPersonalChat = async (people: PeopleRepository, context: TurnContext, email: string): Promise<boolean> => {
  if (!inPersonalChat(context)) return false;
  // The message's own id is no part of the chat: kept, it would make every message a new reference to write.
  const { activityId: _, ...chat } = TurnContext.getConversationReference(context.activity);
  return people.saveConversation(email, chat);
};
