import { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { inviteCard } from '../../cards/invitations/index.js';
import { cardForProposal } from '../../cards/proposals/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { answerInvitation } from '../../services/invitations/index.js';
import { confirmProposal } from '../../services/booking/index.js';
import { cancelProposal } from '../../services/booking/index.js';
import type { CardLocation } from '../../services/ports/index.js';
import type { BotDeps } from '../deps.js';
import { bookInBackground } from '../booking-in-background.js';
import { errorText } from '../reply.js';
import { whoIsTalking } from '../who.js';

type CardData = Record<string, unknown>;

/** Card buttons (Action.Execute). Each answers at once with the refreshed card or a short message. */
export const addCardActionRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<CardData>(VERBS.confirmProposal, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const claimed = await confirmProposal(deps, data.proposalId, who.value);
    if (!claimed.ok) return errorText(claimed);
    const { stored, proposal, total } = claimed.value;
    const card: CardLocation = {
      activityId: context.activity.replyToId ?? proposal.card?.activityId ?? '',
      reference: TurnContext.getConversationReference(context.activity),
    };
    bookInBackground(deps, context, claimed.value, card);
    return cardForProposal(stored.review, proposal, { total, booked: 0, failed: 0, done: false });
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.cancelProposal, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const cancelled = await cancelProposal(deps.store, data.proposalId, who.value);
    if (!cancelled.ok) return errorText(cancelled);
    const { stored, proposal } = cancelled.value;
    return cardForProposal(stored.review, proposal);
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.answerInvitation, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const answered = await answerInvitation(deps, { invitationId: data.invitationId, answer: data.answer, reason: data.reason }, who.value);
    if (!answered.ok) return errorText(answered);
    const { review, booking, invitation, calendarUpdated } = answered.value;
    return inviteCard(review, booking, invitation, calendarUpdated ? undefined : 'Your calendar will catch up shortly.');
  });
};
