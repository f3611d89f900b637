/** `import`: a review file attached to the message, or pasted after the word. */
import { importReview, mayImport } from '../../services/reviews/index.js';
import type { CommandHandler } from '../deps.js';
import { fileAttachment, readAttachment } from '../files/attachments.js';
import { replyError } from '../reply.js';

export const importCommand: CommandHandler = async (deps, context, email, pasted) => {
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
