/** The EHCP form's Save button. */
import type { Application, TurnState } from '@microsoft/teams-ai';
import { caseFormCard } from '../../cards/case-form-card.js';
import { VERBS } from '../../cards/verbs.js';
import { saveCaseForm } from '../../services/case-forms.js';
import type { BotDeps } from '../deps.js';
import { errorText } from '../reply.js';
import { whoIsTalking } from '../who.js';

export const addCaseFormActionRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.saveCaseForm, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    const saved = await saveCaseForm(deps, who.value, data);
    if (!saved.ok) return errorText(saved);
    const { stored, form, today } = saved.value;
    return caseFormCard({ reviewName: stored.review.name, form, saved: true, feedbackDate: stored.review.feedbackDate, today });
  });
};
