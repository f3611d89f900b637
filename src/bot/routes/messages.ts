import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { helpCard } from '../../cards/shared/index.js';
import { mySessionsCard } from '../../cards/invitations/index.js';
import { statusCard } from '../../cards/invitations/index.js';
import { audienceOf, FIRST_USER } from '../../services/shared/index.js';
import { importReview, mayImport } from '../../services/reviews/index.js';
import { mySessions } from '../../services/invitations/index.js';
import { reviewStatus } from '../../services/invitations/index.js';
import { fileAttachment, readAttachment } from '../files/attachments.js';
import { parseCommand } from '../commands.js';
import { finishBookingCommand } from './finish-booking.js';
import type { BotDeps } from '../deps.js';
import { personalChatOnly, rememberPersonalChat } from '../personal-chat.js';
import { PlansUnderWay } from '../plans-under-way.js';
import { replyCard, replyError } from '../reply.js';
import { EVIDENCE_COMMANDS, handOverWaitingConcerns } from './evidence-commands.js';
import { scheduleCaseReviews, scheduleOnSite } from './schedule-commands.js';
import { whoIsTalking } from '../who.js';

export const addMessageRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  const plans = new PlansUnderWay();
  app.activity('message', async (context) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return void (await replyError(context, who));
    const email = who.value;
    const firstChat = await rememberPersonalChat(deps.store.people, context, email);
    const file = fileAttachment(context.activity.attachments);
    const command = parseCommand(context.activity.text ?? '') ?? (file ? { name: 'import' as const, rest: '' } : undefined);
    if (firstChat && command?.name !== 'concerns') await handOverWaitingConcerns(deps, context, email);
    switch (command?.name) {
      case 'help':
        return void (await help(deps, context, email));
      case 'import':
        return void (await importFrom(deps, context, email, command.rest));
      case 'scheduleCaseReviews':
        return void (await scheduleCaseReviews(deps, plans, context, email));
      case 'scheduleOnSite':
        return void (await scheduleOnSite(deps, plans, context, email));
      case 'status': {
        const status = await reviewStatus(deps, email);
        return void (await (status.ok ? replyCard(context, statusCard(status.value)) : replyError(context, status)));
      }
      case 'finishBooking':
        return void (await finishBookingCommand(deps, context, email));
      case 'mySessions': {
        const mine = await mySessions(deps.store, email);
        return void (await (mine.ok ? replyCard(context, mySessionsCard(mine.value)) : replyError(context, mine)));
      }
      default: {
        const handler = command && EVIDENCE_COMMANDS[command.name];
        if (!handler) return void (await context.sendActivity("Sorry, I didn't understand that. Send **help** to see what I can do."));
        // Checked before the handler reads, builds or stores anything.
        const elsewhere = personalChatOnly(context, (context.activity.text ?? '').trim().replace(/\s+/g, ' '));
        await (elsewhere ? replyError(context, elsewhere) : handler(deps, context, email, command.rest));
      }
    }
  });
};

const help = async (deps: BotDeps, context: TurnContext, email: string) => {
  const stored = await deps.store.reviews.latest();
  await replyCard(context, helpCard(stored ? audienceOf(stored.review, email) : FIRST_USER, stored?.review.name));
};

const importFrom = async (deps: BotDeps, context: TurnContext, email: string, pasted: string) => {
  const file = fileAttachment(context.activity.attachments);
  let text = pasted;
  if (file) {
    // Who is asking is settled before the bot fetches anything on their behalf.
    const refused = await mayImport(deps.store.reviews, email);
    if (refused) return void (await replyError(context, refused));
    const read = await readAttachment(file, deps.attachments, deps.log);
    if (!read.ok) return void (await replyError(context, read));
    text = read.value;
  }
  if (text.trim() === '') {
    return void (await context.sendActivity('Attach the review file to your message, or paste its text after the word **import**.'));
  }
  const imported = await importReview(deps.store.reviews, text, email);
  if (!imported.ok) return void (await replyError(context, imported));
  const review = imported.value.review;
  const cases = review.caseReviews?.cases.length ?? 0;
  await context.sendActivity(
    `Imported **${review.name}**: ${review.themes.length} themes, ${review.peers.length} peers, ${cases} cases. ` +
      `Send **schedule case reviews**${review.onSite ? ' or **schedule on-site**' : ''} when you are ready.`,
  );
};
