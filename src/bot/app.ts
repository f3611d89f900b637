import { MemoryStorage } from 'botbuilder';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { TimetableLinks } from '../web/timetable-link.js';
import type { BotDeps } from './deps.js';
import { addFileConsentRoutes } from './files/file-delivery.js';
import { addCardActionRoutes } from './routes/card-actions.js';
import { addCaseFormActionRoutes } from './routes/case-form-actions.js';
import { addNoteActionRoutes } from './routes/note-actions.js';
import { addMessageRoutes } from './routes/messages.js';
import { addTimetableRoute } from './routes/timetable.js';
import { addUnknownInvokeRoute } from './routes/unknown-invoke.js';
import { addWelcomeRoute } from './routes/welcome.js';

/** The teams-ai Application: routes only; everything they do is in services/. */
export const createBotApp = (adapter: TeamsAdapter, botAppId: string, deps: BotDeps, links: TimetableLinks): Application<TurnState> => {
  const app = new Application<TurnState>({ adapter, botAppId, storage: new MemoryStorage() });
  addCardActionRoutes(app, deps);
  addNoteActionRoutes(app, deps);
  addCaseFormActionRoutes(app, deps);
  addFileConsentRoutes(app, deps);
  // Routes match in order: the timetable's own route comes before the catch-all message route.
  addTimetableRoute(app, deps, links);
  addMessageRoutes(app, deps);
  addWelcomeRoute(app, deps);
  addUnknownInvokeRoute(app);
  app.error(async (context, error) => {
    deps.log.error({ err: error.message, activityType: context.activity.type }, 'turn failed');
    await context.sendActivity('Sorry, something went wrong on my side and nothing was changed. Please try again in a minute.');
  });
  return app;
};
