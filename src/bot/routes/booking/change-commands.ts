/**
 * One change from chat: `cancel <session>` and `move <session>` (named by id or a part of the title), and `add` with
 * one session as the review file writes it. Each ends in a changes card to confirm, as `review changes` does.
 */
import { TurnContext } from 'botbuilder';
import { changesCard, moveCard } from '../../../cards/proposals/index.js';
import { NO_ALTERNATIVE } from '../../../domain/declines/index.js';
import { sessionTime } from '../../../domain/shared/index.js';
import { addSession, moveChoices, proposeCancel, type Proposed } from '../../../services/chat-changes/index.js';
import type { CommandDeps, CommandHandler } from '../../deps.js';
import { errorText, replyCard, replyError } from '../../reply.js';
import { reviewChanges } from './schedule-commands.js';

/** The card is kept with the proposal, so that Confirm (or Finish booking) shows the progress on it. */
const postProposal = async (deps: CommandDeps, context: TurnContext, { stored, proposal }: Proposed) => {
  const sent = await replyCard(context, changesCard(stored.review, proposal));
  if (sent?.id) await deps.store.proposals.setCard(proposal.id, { activityId: sent.id, reference: TurnContext.getConversationReference(context.activity) });
};

export const cancelCommand: CommandHandler = async (deps, context, email, rest) => {
  const proposed = await proposeCancel(deps, rest, email);
  if (!proposed.ok) return void (await replyError(context, proposed));
  await postProposal(deps, context, proposed.value);
};

const TYPED_TIME = 'To choose the time, send **move** with the session alone: its card offers the times that keep everything else where it is.';

export const moveCommand: CommandHandler = async (deps, context, email, rest) => {
  const choices = await moveChoices(deps, rest, email);
  if (!choices.ok) {
    // "move C03 to Thursday 10:00": times typed in chat are not read; the card offers the ones that keep every rule.
    const typedTime = choices.code === 'SESSION.NOT_FOUND' && /\s+to\s+/i.test(rest);
    return void (await context.sendActivity(typedTime ? `${choices.message} ${TYPED_TIME}` : errorText(choices)));
  }
  const { stored, session, alternatives } = choices.value;
  if (alternatives.length === 0) {
    return void (await context.sendActivity(`${NO_ALTERNATIVE} ${session.title} stays at ${sessionTime(session.start, session.end, stored.review.timeZone)}.`));
  }
  await replyCard(context, moveCard(stored.review, session, alternatives));
};

export const addCommand: CommandHandler = async (deps, context, email, rest) => {
  const current = await deps.store.reviews.latest();
  const underWay = current && deps.plans.of(current.id);
  if (underWay) return void (await context.sendActivity(`I am still planning ${underWay}. Send **add** again once it is posted.`));
  const added = await addSession(deps, rest, email);
  if (!added.ok) return void (await replyError(context, added));
  const { stored, id } = added.value;
  await context.sendActivity(
    `Added ${id}: this is revision ${stored.revision} of ${stored.review.name}. The review in Convene now has ${id}; add it to your file too, or the next import will remove it.`,
  );
  await reviewChanges(deps, context, email);
};
