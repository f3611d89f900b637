/**
 * The chat commands of the peer team's evidence: notes, collections, concerns, exports, the purge and the EHCP
 * forms. The message route serves them only in a 1:1 chat (personal-chat.ts).
 */
import type { TurnContext } from 'botbuilder';
import { caseFormCard } from '../../cards/case-forms/index.js';
import { casesCard } from '../../cards/case-forms/index.js';
import { concernsCard } from '../../cards/notes/index.js';
import { noteFormCard } from '../../cards/notes/index.js';
import { themeCard } from '../../cards/notes/index.js';
import { themesCard } from '../../cards/notes/index.js';
import { plural } from '../../domain/shared/index.js';
import { openCaseForm } from '../../services/case-forms/index.js';
import { casesOverview } from '../../services/case-forms/index.js';
import { currentReview } from '../../services/shared/index.js';
import { exportCases, exportCollections } from '../../services/notes/index.js';
import { peersOnly } from '../../services/notes/index.js';
import { writeNoteContext } from '../../services/notes/index.js';
import { purgeNotes, purgeQuestion } from '../../services/notes/index.js';
import { concernsWaitingFor, readConcerns } from '../../services/notes/index.js';
import { themeCollection, themeSummaries } from '../../services/notes/index.js';
import type { CommandName } from '../commands.js';
import type { BotDeps } from '../deps.js';
import { offerFiles } from '../files/file-delivery.js';
import { replyCard, replyError } from '../reply.js';

type Handler = (deps: BotDeps, context: TurnContext, email: string, rest: string) => Promise<unknown>;

const note: Handler = async (deps, context, email) => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return replyError(context, current);
  const denied = peersOnly(current.value.review, email, 'log notes');
  if (denied) return replyError(context, denied);
  return replyCard(context, noteFormCard({ themes: current.value.review.themes, context: writeNoteContext({ kind: 'new' }) }));
};

const themes: Handler = async (deps, context, email) => {
  const read = await themeSummaries(deps.store, email);
  return read.ok ? replyCard(context, themesCard(read.value.summaries, read.value.stored.review.name)) : replyError(context, read);
};

const theme: Handler = async (deps, context, email, rest) => {
  const read = await themeCollection(deps.store, email, rest);
  return read.ok ? replyCard(context, themeCard(read.value)) : replyError(context, read);
};

const exportNotes: Handler = async (deps, context, email) => {
  await context.sendActivity({ type: 'typing' });
  const exported = await exportCollections(deps, email);
  if (!exported.ok) return replyError(context, exported);
  return offerFiles(context, deps, exported.value.files, `The themed collections of **${exported.value.stored.review.name}**: no dates, no authors.`);
};

const exportCaseFindings: Handler = async (deps, context, email) => {
  await context.sendActivity({ type: 'typing' });
  const exported = await exportCases(deps, email);
  if (!exported.ok) return replyError(context, exported);
  return offerFiles(context, deps, exported.value.files, `The findings across the cases of **${exported.value.stored.review.name}**, for the feedback meeting.`);
};

const askBeforePurge: Handler = async (deps, context, email) => {
  const question = await purgeQuestion(deps.store, email);
  if (!question.ok) return replyError(context, question);
  const { stored, notes, concerns } = question.value;
  return context.sendActivity(
    `This deletes **${plural(notes, 'note')} and ${plural(concerns, 'concern')}** of ${stored.review.name} for good; only the counts are kept. ` +
      'Export links and files not yet taken stop working too. Do it once the report is out. To go ahead, send **purge notes confirm**.',
  );
};

const purge: Handler = async (deps, context, email) => {
  const purged = await purgeNotes(deps, email);
  if (!purged.ok) return replyError(context, purged);
  const { record, stored } = purged.value;
  return context.sendActivity(
    `Purged: ${plural(record.notes, 'note')} and ${plural(record.concerns, 'concern')} of ${stored.review.name} deleted. The counts are kept as the record.`,
  );
};

const cases: Handler = async (deps, context, email) => {
  const overview = await casesOverview(deps.store, email);
  if (!overview.ok) return replyError(context, overview);
  const { stored, progress, coverage } = overview.value;
  return replyCard(context, casesCard({ reviewName: stored.review.name, progress, coverage }));
};

const caseForm: Handler = async (deps, context, email, rest) => {
  if (rest.trim() === '') return context.sendActivity('Which case? Send **form** and the case id, e.g. **form C01**.');
  const opened = await openCaseForm(deps, email, rest);
  if (!opened.ok) return replyError(context, opened);
  const { stored, form, saved, today } = opened.value;
  return replyCard(context, caseFormCard({ reviewName: stored.review.name, form, saved, feedbackDate: stored.review.feedbackDate, today }));
};

const concerns: Handler = async (deps, context, email) => {
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

export const EVIDENCE_COMMANDS: Partial<Record<CommandName, Handler>> = {
  note,
  themes,
  theme,
  export: exportNotes,
  exportCases: exportCaseFindings,
  purgeNotes: askBeforePurge,
  purgeNotesConfirmed: purge,
  cases,
  caseForm,
  concerns,
};
