/** `remind`: the digest now, as the project team gets it each working morning; and its Remind now button. */
import { randomUUID } from 'node:crypto';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { digestCard, remindersCard } from '../../cards/reminders/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { reminderPolicy, remindNow, reviewDigest, sendAgain, setReminderPolicy } from '../../services/reminders/index.js';
import { currentReview } from '../../services/shared/index.js';
import type { BotDeps, CommandHandler } from '../deps.js';
import { errorText, replyCard, replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';

export const remindCommand: CommandHandler = async (deps, context, email) => {
  const current = await currentReview(deps.store.reviews);
  const digest = current.ok ? await reviewDigest(deps, current.value, email) : current;
  await (digest.ok ? replyCard(context, digestCard(digest.value, { nonce: randomUUID() })) : replyError(context, digest));
};

export const remindersCommand: CommandHandler = async (deps, context, email) => {
  const current = await reminderPolicy(deps.store, email);
  await (current.ok ? replyCard(context, remindersCard(current.value.stored, current.value.policy)) : replyError(context, current));
};

const TYPED = ['noReply', 'joiningDetails', 'digest', 'start', 'end', 'days'] as const;

export const addReminderRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.savePolicy, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const input = { reviewId: data.reviewId, noReply: data.noReply, joiningDetails: data.joiningDetails, digest: data.digest, start: data.start, end: data.end, days: data.days };
    const saved = await setReminderPolicy(deps.store, who.value, input);
    if (saved.ok) return remindersCard(saved.value.stored, saved.value.policy, { saved: true });
    const current = await reminderPolicy(deps.store, who.value);
    if (!current.ok || !saved.details) return errorText(saved);
    const typed = Object.fromEntries(TYPED.flatMap((key) => (typeof data[key] === 'string' ? [[key, data[key]]] : [])));
    return remindersCard(current.value.stored, current.value.policy, { problems: saved.details, typed });
  });
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
