import { TurnContext } from 'botbuilder';
import { cardForProposal } from '../../../cards/proposals/index.js';
import { progressOnCard, type ClaimedProposal } from '../../../services/booking/index.js';
import type { CardLocation } from '../../../services/ports/index.js';
import type { BotDeps } from '../../deps.js';

/** Runs a claimed booking once the turn has answered; the outbox moves the proposal's card (when there is one) as it goes. */
export const bookInBackground = (deps: BotDeps, context: TurnContext, claimed: ClaimedProposal, card: CardLocation | undefined, presser: string): void => {
  deps.background.afterTurn(context, () => claimed.run(progressOnCard(deps, claimed, card, presser)));
};

/**
 * For a proposal claimed without a card of its own (made and confirmed by one press): once the turn has answered, its
 * card is posted into the chat, then the run moves it. The calendar matters more than the card: without one it still runs.
 */
export const bookUnderNewCard = (deps: BotDeps, context: TurnContext, claimed: ClaimedProposal, presser: string): void => {
  const reference = TurnContext.getConversationReference(context.activity);
  deps.background.afterTurn(context, async () => {
    const { stored, proposal, total } = claimed;
    const posted = await deps.messenger.postTo(reference, cardForProposal(stored.review, proposal, { total, booked: 0, failed: 0, done: false })).catch((error: unknown) => {
      deps.log.warn({ proposalId: proposal.id, err: String(error) }, 'proposal card not posted');
      return undefined;
    });
    const card = posted ? { activityId: posted, reference } : undefined;
    if (card) await deps.store.proposals.setCard(proposal.id, card).catch((error: unknown) => deps.log.warn({ proposalId: proposal.id, err: String(error) }, 'proposal card not kept'));
    return claimed.run(progressOnCard(deps, claimed, card, presser));
  });
};
