/** The EHCP review forms: `form C01` and its Save button, `cases`, and `export cases`; in a 1:1 chat only. */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { caseFormCard, casesCard } from '../../cards/case-forms/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { casesOverview, openCaseForm, saveCaseForm } from '../../services/case-forms/index.js';
import { exportCases } from '../../services/notes/index.js';
import type { BotDeps, CommandHandler } from '../deps.js';
import { offerFiles } from '../files/file-delivery.js';
import { privateAsker } from '../personal-chat.js';
import { errorText, replyCard, replyError } from '../reply.js';

export const addCaseFormRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.saveCaseForm, async (context, _state, data) => {
    const who = await privateAsker(deps.store.people, context, formCommand(data.caseId));
    if (!who.ok) return errorText(who);
    const saved = await saveCaseForm(deps, who.value, data);
    if (!saved.ok) return errorText(saved);
    const { stored, form, today } = saved.value;
    return caseFormCard({ reviewName: stored.review.name, form, saved: true, feedbackDate: stored.review.feedbackDate, today });
  });
};

/** What to send for this form in a 1:1 chat: the case id when it looks like one (the card's data can be forged). */
const formCommand = (caseId: unknown) => (typeof caseId === 'string' && /^[\w-]{1,20}$/.test(caseId) ? `form ${caseId}` : 'form');

export const caseFormCommand: CommandHandler = async (deps, context, email, rest) => {
  if (rest.trim() === '') return context.sendActivity('Which case? Send **form** and the case id, e.g. **form C01**.');
  const opened = await openCaseForm(deps, email, rest);
  if (!opened.ok) return replyError(context, opened);
  const { stored, form, saved, today } = opened.value;
  return replyCard(context, caseFormCard({ reviewName: stored.review.name, form, saved, feedbackDate: stored.review.feedbackDate, today }));
};

export const casesCommand = async (deps: BotDeps, context: TurnContext, email: string) => {
  const overview = await casesOverview(deps.store, email);
  if (!overview.ok) return replyError(context, overview);
  const { stored, progress, coverage } = overview.value;
  return replyCard(context, casesCard({ reviewName: stored.review.name, progress, coverage }));
};

export const exportCasesCommand = async (deps: BotDeps, context: TurnContext, email: string) => {
  await context.sendActivity({ type: 'typing' });
  const exported = await exportCases(deps, email);
  if (!exported.ok) return replyError(context, exported);
  return offerFiles(context, deps, exported.value.files, `The findings across the cases of **${exported.value.stored.review.name}**, for the feedback meeting.`);
};
