/** A proposal card's buttons (Confirm books it in the background, Cancel drops it), a decline's and a move's; each answers with the card. */
import { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { cardForProposal, changesCard } from '../../../cards/proposals/index.js';
import { VERBS } from '../../../cards/shared/index.js';
import { cancelProposal, confirmProposal } from '../../../services/booking/index.js';
import { proposeMove } from '../../../services/chat-changes/index.js';
import { settleDecline } from '../../../services/declines/index.js';
import type { CardLocation } from '../../../services/ports/index.js';
import type { BotDeps } from '../../deps.js';
import { errorText } from '../../reply.js';
import { whoIsTalking } from '../../who.js';
import { bookInBackground } from './booking-in-background.js';

type CardData = Record<string, unknown>;

export const addProposalActionRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
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
    bookInBackground(deps, context, claimed.value, card, who.value);
    return cardForProposal(stored.review, proposal, { total, booked: 0, failed: 0, done: false });
  });

  // A decline settled from its card: the card becomes the change's, and shows it being applied.
  app.adaptiveCards.actionExecute<CardData>(VERBS.settleDecline, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const claimed = await settleDecline(deps, { invitationId: data.invitationId, choice: data.choice, alternative: data.alternative, replacement: data.replacement }, who.value);
    if (!claimed.ok) return errorText(claimed);
    const { stored, proposal, total } = claimed.value;
    const card: CardLocation = { activityId: context.activity.replyToId ?? '', reference: TurnContext.getConversationReference(context.activity) };
    bookInBackground(deps, context, claimed.value, card, who.value);
    return cardForProposal(stored.review, proposal, { total, booked: 0, failed: 0, done: false });
  });

  // A time chosen on a move card: the card becomes the proposal's, to confirm.
  app.adaptiveCards.actionExecute<CardData>(VERBS.proposeMove, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const proposed = await proposeMove(deps, { bookingId: data.bookingId, alternative: data.alternative }, who.value);
    if (!proposed.ok) return errorText(proposed);
    const { stored, proposal } = proposed.value;
    if (context.activity.replyToId) {
      await deps.store.proposals.setCard(proposal.id, { activityId: context.activity.replyToId, reference: TurnContext.getConversationReference(context.activity) });
    }
    return changesCard(stored.review, proposal);
  });

  app.adaptiveCards.actionExecute<CardData>(VERBS.cancelProposal, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const cancelled = await cancelProposal(deps.store, data.proposalId, who.value);
    if (!cancelled.ok) return errorText(cancelled);
    const { stored, proposal } = cancelled.value;
    return cardForProposal(stored.review, proposal);
  });
};
