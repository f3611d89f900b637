import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Outage, type Log, type OutageSystem } from '../services/ports/index.js';

const OUTAGE_TEXT: Record<OutageSystem, string> = {
  database: 'Convene could not reach its database just now; nothing was changed. Try again in a minute.',
  teams: 'Convene could not reach Teams just now; nothing was changed. Try again in a minute.',
};

const SORRY = 'Sorry, something went wrong on my side and nothing was changed. Please try again in a minute.';

/** The cause as a log field: its kind, code and message (the driver's or the connector's words, never ours about a person). */
const causeOf = (error: unknown): Record<string, unknown> => {
  const { name, message, code, statusCode } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown; statusCode?: unknown };
  return { name, code, statusCode, message: typeof message === 'string' ? message : String(error) };
};

/**
 * The app's turn error handler: the edge where a thrown error becomes an answer. An outage is told as one,
 * on the card when a button was pressed; anything else is a bug, answered with the general apology.
 */
export const answerTurnError = (log: Log) => async (context: TurnContext, error: Error): Promise<void> => {
  if (!(error instanceof Outage)) {
    log.error({ err: error.message, activityType: context.activity.type }, 'turn failed');
    return void (await context.sendActivity(SORRY));
  }
  log.error({ outage: error.system, cause: causeOf(error.cause), activityType: context.activity.type }, 'outage: nothing was changed');
  const text = OUTAGE_TEXT[error.system];
  if (context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action') {
    // As a route's string answer would be: Teams shows it in place of the card's buttons.
    return void (await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } },
    }));
  }
  await context.sendActivity(text);
};
