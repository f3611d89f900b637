/**
 * The chat commands of the peer team's notes: logging one, the collections, the concerns, their export and the
 * purge. The command table serves them only in a 1:1 chat (personal-chat.ts).
 */
import type { TurnContext } from 'botbuilder';
import { concernsCard, noteFormCard, themeCard, themesCard } from '../../../cards/notes/index.js';
import { plural } from '../../../domain/shared/index.js';
import { currentReview } from '../../../services/shared/index.js';
import { exportCollections, peersOnly, writeNoteContext } from '../../../services/notes/index.js';
import { purgeNotes, purgeQuestion, releaseNotesNow } from '../../../services/notes/index.js';
import { concernsWaitingFor, readConcerns } from '../../../services/notes/index.js';
import { themeCollection, themeSummaries } from '../../../services/notes/index.js';
import type { BotDeps, CommandHandler } from '../../deps.js';
import { offerFiles } from '../../files/file-delivery.js';
import { replyCard, replyError } from '../../reply.js';

export const noteCommand: CommandHandler = async (deps, context, email) => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return replyError(context, current);
  const denied = peersOnly(current.value.review, email, 'log notes');
  if (denied) return replyError(context, denied);
  return replyCard(context, noteFormCard({ themes: current.value.review.themes, context: writeNoteContext({ kind: 'new' }) }));
};

export const themesCommand: CommandHandler = async (deps, context, email) => {
  const read = await themeSummaries(deps.store, email, deps.now());
  if (!read.ok) return replyError(context, read);
  const { stored, summaries, waiting } = read.value;
  return replyCard(context, themesCard(summaries, stored.review.name, { count: waiting.count, joins: { release: waiting.release, now: deps.now(), zone: stored.review.timeZone } }));
};

export const themeCommand: CommandHandler = async (deps, context, email, rest) => {
  const read = await themeCollection(deps.store, email, rest);
  return read.ok ? replyCard(context, themeCard(read.value)) : replyError(context, read);
};

export const exportCommand: CommandHandler = async (deps, context, email) => {
  await context.sendActivity({ type: 'typing' });
  const exported = await exportCollections(deps, email);
  if (!exported.ok) return replyError(context, exported);
  const { stored, files, waiting } = exported.value;
  const notIn = waiting > 0 ? ` ${plural(waiting, 'note')} saved since the last release ${waiting === 1 ? 'is' : 'are'} not in them: send **release notes**, then **export** again, to include ${waiting === 1 ? 'it' : 'them'}.` : '';
  return offerFiles(context, deps, files, `The themed collections of **${stored.review.name}**: no dates, no authors.${notIn}`);
};

export const askBeforePurge: CommandHandler = async (deps, context, email) => {
  const question = await purgeQuestion(deps.store, email);
  if (!question.ok) return replyError(context, question);
  const { stored, notes, concerns } = question.value;
  return context.sendActivity(
    `This deletes **${plural(notes, 'note')} and ${plural(concerns, 'concern')}** of ${stored.review.name} for good; only the counts are kept. ` +
      'Export links and files not yet taken stop working too. Do it once the report is out. To go ahead, send **purge notes confirm**.',
  );
};

export const purgeCommand: CommandHandler = async (deps, context, email) => {
  const purged = await purgeNotes(deps, email);
  if (!purged.ok) return replyError(context, purged);
  const { record, stored } = purged.value;
  return context.sendActivity(
    `Purged: ${plural(record.notes, 'note')} and ${plural(record.concerns, 'concern')} of ${stored.review.name} deleted. The counts are kept as the record.`,
  );
};

export const releaseNotesCommand: CommandHandler = async (deps, context, email) => {
  const done = await releaseNotesNow(deps, email);
  if (!done.ok) return replyError(context, done);
  const { released, stored } = done.value;
  return context.sendActivity(
    released === 0
      ? `No notes were waiting: every note saved for ${stored.review.name} is in the collections.`
      : `Released: ${plural(released, 'note')} joined the collections of ${stored.review.name}, in no particular order. Send **themes** to read them.`,
  );
};

export const concernsCommand: CommandHandler = async (deps, context, email) => {
  const read = await readConcerns(deps.store, email);
  return read.ok ? replyCard(context, concernsCard(read.value.stored.review, read.value.concerns)) : replyError(context, read);
};

/** On a lead's first 1:1 chat, the concerns that could not reach them before, as `concerns` would list them. */
export const handOverWaitingConcerns = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const waiting = await concernsWaitingFor(deps.store, email);
  if (!waiting) return;
  const intro = 'Raised before you had a chat with me, so they could not reach you then. Send **concerns** to see them again.';
  await replyCard(context, concernsCard(waiting.stored.review, waiting.concerns, intro));
};
