import type { TurnContext } from 'botbuilder';
import { progressOnCard, type ClaimedProposal } from '../../../services/booking/index.js';
import type { CardLocation } from '../../../services/ports/index.js';
import type { BotDeps } from '../../deps.js';

/** Runs a claimed booking once the turn has answered; the outbox moves the proposal's card (when there is one) as it goes. */
export const bookInBackground = (deps: BotDeps, context: TurnContext, claimed: ClaimedProposal, card: CardLocation | undefined, presser: string): void => {
  deps.background.afterTurn(context, () => claimed.run(progressOnCard(deps, claimed, card, presser)));
};
