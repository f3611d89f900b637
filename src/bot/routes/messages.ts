/** Every chat message: the command table picks the command, whose handler answers. */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { parseMessage, type Command } from '../commands.js';
import type { CommandDeps } from '../deps.js';
import { fileAttachment } from '../files/attachments.js';
import { personalChatOnly, rememberPersonalChat } from '../personal-chat.js';
import { replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';
import { handOverWaitingConcerns } from './notes/index.js';

export const addMessageRoutes = (app: Application<TurnState>, deps: CommandDeps): void => {
  app.activity('message', async (context) => {
    const parsed = parseMessage(context.activity.text ?? '', fileAttachment(context.activity.attachments) !== undefined);
    // Checked before anything is read, built or stored.
    const elsewhere = parsed && refusedHere(context, parsed.command);
    if (elsewhere) return void (await replyError(context, elsewhere));
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return void (await replyError(context, who));
    const email = who.value;
    const firstChat = await rememberPersonalChat(deps.store.people, context, email);
    if (firstChat && parsed?.command.name !== 'concerns') await handOverWaitingConcerns(deps, context, email);
    if (!parsed) return void (await context.sendActivity("Sorry, I didn't understand that. Send **help** to see what I can do."));
    await parsed.command.handler(deps, context, email, parsed.rest);
  });
};

const refusedHere = (context: TurnContext, { personal }: Command) => {
  if (!personal) return undefined;
  if (personal === true) return personalChatOnly(context, (context.activity.text ?? '').trim().replace(/\s+/g, ' '));
  return personalChatOnly(context, personal.send, personal.what);
};
