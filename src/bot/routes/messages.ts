import { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { helpCard } from '../../cards/help-card.js';
import { mySessionsCard } from '../../cards/my-sessions-card.js';
import { onSiteProposalCards } from '../../cards/on-site-proposal-card.js';
import { proposalCard } from '../../cards/proposal-card.js';
import { statusCard } from '../../cards/status-card.js';
import { audienceOf, FIRST_USER } from '../../services/access.js';
import { importReview } from '../../services/import-review.js';
import { mySessions } from '../../services/my-sessions.js';
import { proposeCaseReviews } from '../../services/propose-case-reviews.js';
import { proposeOnSite } from '../../services/propose-on-site.js';
import { reviewStatus } from '../../services/rsvp-status.js';
import { fileAttachment, readAttachment } from '../attachments.js';
import { parseCommand } from '../commands.js';
import type { BotDeps } from '../deps.js';
import { personalChatOnly, rememberPersonalChat } from '../personal-chat.js';
import { replyCard, replyError } from '../reply.js';
import { EVIDENCE_COMMANDS, handOverWaitingConcerns } from './evidence-commands.js';
import { whoIsTalking } from '../who.js';

export const addMessageRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
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
        return void (await scheduleCaseReviews(deps, context, email));
      case 'scheduleOnSite':
        return void (await scheduleOnSite(deps, context, email));
      case 'status': {
        const status = await reviewStatus(deps, email);
        return void (await (status.ok ? replyCard(context, statusCard(status.value)) : replyError(context, status)));
      }
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
    const read = await readAttachment(file);
    if ('problem' in read) return void (await context.sendActivity(read.problem));
    text = read.text;
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

const scheduleCaseReviews = async (deps: BotDeps, context: TurnContext, email: string) => {
  await context.sendActivity({ type: 'typing' });
  const proposed = await proposeCaseReviews(deps.store, deps.calendar, email);
  if (!proposed.ok) return void (await replyError(context, proposed));
  const { stored, proposal, alreadyBooked } = proposed.value;
  const sent = await replyCard(context, proposalCard(stored.review, proposal, undefined, alreadyBooked));
  await keepCard(deps, context, proposal.id, sent?.id);
};

/** The timetable may take several cards; the last one holds the buttons, so it is the one kept. */
const scheduleOnSite = async (deps: BotDeps, context: TurnContext, email: string) => {
  await context.sendActivity({ type: 'typing' });
  const proposed = await proposeOnSite(deps.store, deps.calendar, email);
  if (!proposed.ok) return void (await replyError(context, proposed));
  const { stored, proposal, alreadyBooked } = proposed.value;
  let sent: Awaited<ReturnType<typeof replyCard>> | undefined;
  for (const card of onSiteProposalCards(stored.review, proposal, undefined, alreadyBooked)) sent = await replyCard(context, card);
  await keepCard(deps, context, proposal.id, sent?.id);
};

const keepCard = async (deps: BotDeps, context: TurnContext, proposalId: string, activityId: string | undefined) => {
  if (!activityId) return;
  await deps.store.proposals.setCard(proposalId, { activityId, reference: TurnContext.getConversationReference(context.activity) });
};
