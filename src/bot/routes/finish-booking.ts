import type { TurnContext } from 'botbuilder';
import { finishBooking } from '../../services/booking/index.js';
import { plural } from '../../domain/shared/index.js';
import { bookInBackground } from '../booking-in-background.js';
import type { BotDeps } from '../deps.js';
import { replyError } from '../reply.js';

/** `finish booking`: resumes every booking of the current review that did not end; each proposal's card shows its progress. */
export const finishBookingCommand = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const finishing = await finishBooking(deps, email);
  if (!finishing.ok) return void (await replyError(context, finishing));
  for (const claimed of finishing.value) bookInBackground(deps, context, claimed, claimed.proposal.card);
  const what = finishing.value.map((c) => `${c.proposal.kind === 'onSite' ? 'the on-site programme' : 'the case reviews'} (${plural(c.total, 'session')})`);
  await context.sendActivity(`Finishing the booking of ${what.join(' and ')}: the proposal card shows the progress. Send **status** when it is done.`);
};
