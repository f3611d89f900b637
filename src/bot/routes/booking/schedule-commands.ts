/**
 * `schedule case reviews` and `schedule on-site`. Planning a large review takes seconds, so the turn only checks
 * and says what it is planning; the plan is made after the turn, in the planner's worker thread, and its cards
 * are posted into the same chat when it is ready (or why it failed).
 */
import { TurnContext } from 'botbuilder';
import { onSiteProposalCards } from '../../../cards/proposals/index.js';
import { changesCard, proposalCard } from '../../../cards/proposals/index.js';
import { ok, type Result } from '../../../domain/shared/index.js';
import { plural } from '../../../domain/shared/index.js';
import type { CardJson, StoredReview } from '../../../services/ports/index.js';
import { proposeCaseReviews } from '../../../services/case-reviews/index.js';
import { proposeOnSite } from '../../../services/on-site/index.js';
import { proposeChanges } from '../../../services/changes/index.js';
import type { BotDeps, CommandDeps } from '../../deps.js';
import { errorText, replyError } from '../../reply.js';

/** The proposal's cards; the last one holds the buttons, so it is the one the proposal keeps. */
interface Posting {
  proposalId: string;
  cards: CardJson[];
}

const SORRY = 'Sorry, planning went wrong on my side and nothing was stored. Please try again in a minute.';

export const scheduleCaseReviews = async (deps: CommandDeps, context: TurnContext, email: string) => {
  const planning = await proposeCaseReviews(deps, email);
  if (!planning.ok) return void (await replyError(context, planning));
  const { stored, cases, run } = planning.value;
  await planAfterTurn(deps, context, stored, `the case reviews for **${stored.review.name}** (${plural(cases, 'case')})`, async () => {
    const proposed = await run();
    if (!proposed.ok) return proposed;
    const { proposal, alreadyBooked } = proposed.value;
    return ok({ proposalId: proposal.id, cards: [proposalCard(stored.review, proposal, undefined, alreadyBooked)] });
  });
};

/** The timetable may take several cards. */
export const scheduleOnSite = async (deps: CommandDeps, context: TurnContext, email: string) => {
  const planning = await proposeOnSite(deps, email);
  if (!planning.ok) return void (await replyError(context, planning));
  const { stored, sessions, run } = planning.value;
  await planAfterTurn(deps, context, stored, `the on-site programme for **${stored.review.name}** (${plural(sessions, 'session')})`, async () => {
    const proposed = await run();
    if (!proposed.ok) return proposed;
    const { proposal, alreadyBooked } = proposed.value;
    return ok({ proposalId: proposal.id, cards: onSiteProposalCards(stored.review, proposal, undefined, alreadyBooked) });
  });
};

/** `review changes`: what the current revision asks of what is booked, as one proposal to confirm. */
export const reviewChanges = async (deps: CommandDeps, context: TurnContext, email: string) => {
  const planning = await proposeChanges(deps, email);
  if (!planning.ok) return void (await replyError(context, planning));
  const { stored, run } = planning.value;
  await planAfterTurn(deps, context, stored, `the changes to **${stored.review.name}** (revision ${stored.revision} of its file)`, async () => {
    const proposed = await run();
    if (!proposed.ok) return proposed;
    return ok({ proposalId: proposed.value.proposal.id, cards: [changesCard(stored.review, proposed.value.proposal)] });
  });
};

const planAfterTurn = async (
  deps: CommandDeps,
  context: TurnContext,
  stored: StoredReview,
  what: string,
  plan: () => Promise<Result<Posting>>,
) => {
  const { plans } = deps;
  const underWay = plans.of(stored.id);
  if (underWay) {
    return void (await context.sendActivity(`I am still planning ${underWay}; it will be posted in the chat it was asked in. Send this again once it is there.`));
  }
  const done = plans.begin(stored.id, what);
  try {
    await context.sendActivity(`Planning ${what}… The proposal will follow here in a moment.`);
  } catch (error) {
    done();
    throw error;
  }
  const reference = TurnContext.getConversationReference(context.activity);
  deps.background.afterTurn(context, () => post(deps, reference, plan).finally(done));
};

const post = async (deps: BotDeps, reference: unknown, plan: () => Promise<Result<Posting>>) => {
  const planned = await plan().catch((error: unknown) => {
    deps.log.error({ err: String(error) }, 'planning failed');
    return undefined;
  });
  if (!planned) return void (await deps.messenger.postTo(reference, SORRY));
  if (!planned.ok) return void (await deps.messenger.postTo(reference, errorText(planned)));
  let last: string | undefined;
  for (const card of planned.value.cards) last = await deps.messenger.postTo(reference, card);
  if (last) await deps.store.proposals.setCard(planned.value.proposalId, { activityId: last, reference });
};
