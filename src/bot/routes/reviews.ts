/** `import` (a review file attached, or pasted after the word), the answer to a held import, and `reviews`. */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { heldImportCard, heldImportedCard, importedText, reviewsCard } from '../../cards/reviews/index.js';
import { noticeCard, VERBS } from '../../cards/shared/index.js';
import { chooseReview, dropHeld, importHeld, importHeldCancelling, importReview, listReviews, mayImport } from '../../services/reviews/index.js';
import type { BotDeps, CommandHandler } from '../deps.js';
import { fileAttachment, readAttachment } from '../files/attachments.js';
import { errorText, replyCard, replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';
import { bookUnderNewCard } from './booking/index.js';

export const importCommand: CommandHandler = async (deps, context, email, pasted) => {
  const file = fileAttachment(context.activity.attachments);
  let text = pasted;
  if (file) {
    // Who is asking is settled before the bot fetches anything on their behalf.
    const refused = await mayImport(deps.store.reviews, email, deps.admins);
    if (refused) return void (await replyError(context, refused));
    const read = await readAttachment(file, deps.attachments, deps.log);
    if (!read.ok) return void (await replyError(context, read));
    text = read.value;
  }
  if (text.trim() === '') {
    return void (await context.sendActivity('Attach the review file to your message, or paste its text after the word **import**.'));
  }
  const imported = await importReview(deps, text, email);
  if (!imported.ok) return void (await replyError(context, imported));
  if (imported.value.kind === 'held') return void (await replyCard(context, heldImportCard(imported.value)));
  await context.sendActivity(importedText(imported.value));
};

export const reviewsCommand: CommandHandler = async (deps, context, email) => {
  const listing = await listReviews(deps, email);
  await (listing.ok ? replyCard(context, reviewsCard(listing.value)) : replyError(context, listing));
};

export const addReviewRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.importHeld, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const stored = await importHeld(deps, data.held, who.value);
    if (!stored.ok) return noticeCard('Nothing was imported', stored.message);
    return heldImportedCard({ imported: stored.value.review });
  });
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.importHeldCancelling, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const done = await importHeldCancelling(deps, data.held, data.reviewId, who.value);
    if (!done.ok) return noticeCard('Nothing was imported', done.message);
    const { imported, replaced, cancelling } = done.value;
    if (cancelling) bookUnderNewCard(deps, context, cancelling, who.value);
    return heldImportedCard({ imported: imported.review, replaced: { review: replaced.review, cancelling: cancelling?.total ?? 0 } });
  });
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.dropHeld, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const dropped = await dropHeld(deps, data.held, who.value);
    if (!dropped) return noticeCard('Nothing was changed', 'This file was imported already, or is not one you sent.');
    const current = await deps.store.reviews.latest();
    return noticeCard('Not imported', `${dropped} was not imported${current ? `; chat still works on ${current.review.name}` : ''}.`);
  });
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.chooseReview, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const listing = await chooseReview(deps, data.reviewId, who.value);
    return listing.ok ? reviewsCard(listing.value) : errorText(listing);
  });
};
