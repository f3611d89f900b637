/** The EHCP form's Save button, in a 1:1 chat only. */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { caseFormCard } from '../../cards/case-forms/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { saveCaseForm } from '../../services/case-forms/index.js';
import type { BotDeps } from '../deps.js';
import { privateAsker } from '../personal-chat.js';
import { errorText } from '../reply.js';

export const addCaseFormActionRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
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
