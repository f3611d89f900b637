/** `status` and `finish booking`: where the booking stands, and resuming what was cut off. */
import type { TurnContext } from 'botbuilder';
import { statusCard } from '../../../cards/invitations/index.js';
import { plural } from '../../../domain/shared/index.js';
import { finishBooking } from '../../../services/booking/index.js';
import { currentStatus } from '../../../services/calendar-sync/index.js';
import { repliesLinkFor } from '../../../web/page-links.js';
import type { BotDeps, CommandHandler } from '../../deps.js';
import { inPersonalChat } from '../../personal-chat.js';
import { replyCard, replyError } from '../../reply.js';
import { bookInBackground } from './booking-in-background.js';

/**
 * The replies page's link is signed for the asker alone, so it is given only in a 1:1 chat: in a group chat
 * everyone there could open it.
 */
export const statusCommand: CommandHandler = async (deps, context, email) => {
  const status = await currentStatus(deps, email);
  if (!status.ok) return void (await replyError(context, status));
  const now = deps.now();
  const link = inPersonalChat(context) ? repliesLinkFor(status.value.stored, deps.links, email, now) : undefined;
  await replyCard(context, statusCard(status.value, { now, repliesUrl: link?.ok ? link.value.url : undefined }));
};

const FINISHING = { onSite: 'the on-site programme', caseReviews: 'the case reviews', changes: 'the changes to the booked programme' } as const;

/** Resumes every booking of the current review that did not end; each proposal's card shows its progress. */
export const finishBookingCommand = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const finishing = await finishBooking(deps, email);
  if (!finishing.ok) return void (await replyError(context, finishing));
  for (const claimed of finishing.value) bookInBackground(deps, context, claimed, claimed.proposal.card, email);
  const what = finishing.value.map((c) => `${FINISHING[c.proposal.kind]} (${plural(c.total, c.proposal.kind === 'changes' ? 'change' : 'session')})`);
  await context.sendActivity(`Finishing the booking of ${what.join(' and ')}: the proposal card shows the progress. Send **status** when it is done.`);
};
