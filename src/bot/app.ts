import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { TimetableLinks } from '../web/page-links.js';
import type { BotDeps } from './deps.js';
import { addFileConsentRoutes } from './files/file-delivery.js';
import { addProposalActionRoutes, PlansUnderWay } from './routes/booking/index.js';
import { addCaseFormRoutes } from './routes/case-forms.js';
import { addInvitationRoutes } from './routes/invitations.js';
import { addMessageRoutes } from './routes/messages.js';
import { addNoteActionRoutes } from './routes/notes/index.js';
import { addReminderRoutes } from './routes/reminders.js';
import { addReviewRoutes } from './routes/reviews.js';
import { addUnknownInvokeRoute } from './routes/unknown-invoke.js';
import { addWelcomeRoute } from './routes/welcome.js';
import { answerTurnError } from './turn-errors.js';

/** The teams-ai Application: routes only; everything they do is in services/. */
export const createBotApp = (adapter: TeamsAdapter, botAppId: string, deps: BotDeps, links: TimetableLinks): Application<TurnState> => {
  // No storage: every route reads and writes through services/, so the turn state would hold nothing, yet kept in
  // memory it would grow with every chat and person and be read and written on every turn.
  const app = new Application<TurnState>({ adapter, botAppId });
  addProposalActionRoutes(app, deps);
  addInvitationRoutes(app, deps);
  addReminderRoutes(app, deps);
  addReviewRoutes(app, deps);
  addNoteActionRoutes(app, deps);
  addCaseFormRoutes(app, deps);
  addFileConsentRoutes(app, deps);
  addMessageRoutes(app, { ...deps, plans: new PlansUnderWay(), links });
  addWelcomeRoute(app, deps);
  // Routes match in order: this one takes every invoke, so it comes last.
  addUnknownInvokeRoute(app);
  app.error(answerTurnError(deps.log));
  return app;
};
