/** `status` and `finish booking`: where the booking stands, and resuming what was cut off. */
import type { TurnContext } from 'botbuilder';
import { statusCard } from '../../../cards/invitations/index.js';
import { plural } from '../../../domain/shared/index.js';
import { finishBooking } from '../../../services/booking/index.js';
import { reviewStatus } from '../../../services/invitations/index.js';
import type { BotDeps } from '../../deps.js';
import { replyCard, replyError } from '../../reply.js';
import { bookInBackground } from './booking-in-background.js';

export const statusCommand = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const status = await reviewStatus(deps, email);
  await (status.ok ? replyCard(context, statusCard(status.value)) : replyError(context, status));
};

/** Resumes every booking of the current review that did not end; each proposal's card shows its progress. */
export const finishBookingCommand = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const finishing = await finishBooking(deps, email);
  if (!finishing.ok) return void (await replyError(context, finishing));
  for (const claimed of finishing.value) bookInBackground(deps, context, claimed, claimed.proposal.card);
  const what = finishing.value.map((c) => `${c.proposal.kind === 'onSite' ? 'the on-site programme' : 'the case reviews'} (${plural(c.total, 'session')})`);
  await context.sendActivity(`Finishing the booking of ${what.join(' and ')}: the proposal card shows the progress. Send **status** when it is done.`);
};
