import type { Application, TurnState } from '@microsoft/teams-ai';
import { helpCommand } from '../commands.js';
import type { BotDeps } from '../deps.js';
import { inPersonalChat, rememberPersonalChat } from '../personal-chat.js';
import { whoIsTalking } from '../who.js';
import { handOverWaitingConcerns } from './notes/index.js';

/** When someone installs the app, keep their personal chat (so invite cards can reach them) and say hello. */
export const addWelcomeRoute = (app: Application<TurnState>, deps: BotDeps): void => {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const humans = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    if (humans.length === 0) return;
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return;
    if (!inPersonalChat(context)) return;
    const firstChat = await rememberPersonalChat(deps.store.people, context, who.value);
    await helpCommand(deps, context, who.value);
    if (firstChat) await handOverWaitingConcerns(deps, context, who.value);
  });
};
