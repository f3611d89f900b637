/** Asking the bot for a plan and finding the card with its buttons, for tests that go on to Confirm. */
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { BotHarness } from './bot-harness.js';
import type { Recorded, TeamsUser } from './connector-server.js';
import { actionsOf, cardOf } from './teams-client.js';

export interface ProposalOnCard {
  activity: Recorded;
  proposalId: string;
}

/** Sends the command (`schedule on-site`, `schedule case reviews`) and waits for the plan, which is worked out after the turn. */
export const askForPlan = async (h: Pick<BotHarness, 'client' | 'connector' | 'convene'>, who: TeamsUser, command: string): Promise<ProposalOnCard> => {
  const before = h.connector.recorded.length;
  await h.client.say(who, command);
  await h.convene.idle();
  const activity = h.connector.recorded
    .slice(before)
    .filter((r) => actionsOf(cardOf(r)).some((a) => a.verb === VERBS.confirmProposal))
    .at(-1);
  if (!activity) throw new Error(`no proposal card after "${command}"`);
  const confirm = actionsOf(cardOf(activity)).find((a) => a.verb === VERBS.confirmProposal)!;
  return { activity, proposalId: String(confirm.data.proposalId) };
};

/** The invitation each invite card sent so far is for: one entry per card. */
export const inviteCardsSent = (recorded: Recorded[]): string[] =>
  recorded
    .filter((r) => r.kind !== 'update')
    .flatMap((r) => actionsOf(cardOf(r)).filter((a) => a.verb === VERBS.answerInvitation).slice(0, 1))
    .map((a) => String(a.data.invitationId));
