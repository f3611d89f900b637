import type { TurnContext } from 'botbuilder';
import { cardForProposal } from '../../../cards/proposals/index.js';
import type { ClaimedProposal } from '../../../services/booking/index.js';
import type { CardLocation } from '../../../services/ports/index.js';
import type { BotDeps } from '../../deps.js';

/** Runs a claimed booking once the turn has answered, moving the proposal's card (when there is one) as it goes. */
export const bookInBackground = (deps: BotDeps, context: TurnContext, claimed: ClaimedProposal, card: CardLocation | undefined): void => {
  const { stored, proposal, run } = claimed;
  deps.background.afterTurn(context, () =>
    run(async (progress) => {
      if (!card) return;
      const status = progress.done && progress.booked === progress.total && !progress.cardsFailed ? 'booked' : 'booking';
      await deps.messenger
        .updateCard(card, cardForProposal(stored.review, { ...proposal, status }, progress))
        .catch((error: unknown) => deps.log.warn({ err: String(error) }, 'progress card not updated'));
    }),
  );
};
