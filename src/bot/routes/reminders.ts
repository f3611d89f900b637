/** `remind`: the digest now, as the project team gets it each working morning; and its Remind now button. */
import { randomUUID } from 'node:crypto';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { digestCard } from '../../cards/reminders/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { remindNow, reviewDigest, sendAgain } from '../../services/reminders/index.js';
import { currentReview } from '../../services/shared/index.js';
import type { BotDeps, CommandHandler } from '../deps.js';
import { errorText, replyCard, replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';

export const remindCommand: CommandHandler = async (deps, context, email) => {
  const current = await currentReview(deps.store.reviews);
  const digest = current.ok ? await reviewDigest(deps, current.value, email) : current;
  await (digest.ok ? replyCard(context, digestCard(digest.value, { nonce: randomUUID() })) : replyError(context, digest));
};

export const addReminderRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.remindNow, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const reminded = await remindNow(deps, who.value, data.nonce);
    if (!reminded.ok) return errorText(reminded);
    return digestCard(reminded.value.digest, { nonce: String(data.nonce), reminded: { count: reminded.value.reminded, at: deps.now() } });
  });
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.sendAgain, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const again = await sendAgain(deps, who.value);
    if (!again.ok) return errorText(again);
    return digestCard(again.value.digest, { nonce: typeof data.nonce === 'string' ? data.nonce : randomUUID(), resent: again.value.queued });
  });
};
