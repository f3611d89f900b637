/** The invite card's Accept, Tentative and Decline, and `my sessions`: a person's own invitations. */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { inviteCard, mySessionsCard } from '../../cards/invitations/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { answerInvitation, mySessions } from '../../services/invitations/index.js';
import type { BotDeps } from '../deps.js';
import { errorText, replyCard, replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';

export const addInvitationRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.answerInvitation, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const answered = await answerInvitation(deps, { invitationId: data.invitationId, answer: data.answer, reason: data.reason }, who.value);
    if (!answered.ok) return errorText(answered);
    const { review, booking, invitation, calendarUpdated } = answered.value;
    return inviteCard(review, booking, invitation, calendarUpdated ? undefined : 'Your calendar will catch up shortly.');
  });
};

export const mySessionsCommand = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const mine = await mySessions(deps.store, email);
  await (mine.ok ? replyCard(context, mySessionsCard(mine.value)) : replyError(context, mine));
};
