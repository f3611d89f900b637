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
 * on the card when a button was pressed; anything else is a bug, answered with the general apology (on the card
 * too).
 */
export const answerTurnError = (log: Log) => async (context: TurnContext, error: Error): Promise<void> => {
  if (error instanceof Outage) {
    log.error({ outage: error.system, cause: causeOf(error.cause), activityType: context.activity.type }, 'outage: nothing was changed');
  } else {
    log.error({ err: error.message, activityType: context.activity.type }, 'turn failed');
  }
  try {
    await answer(context, error instanceof Outage ? OUTAGE_TEXT[error.system] : SORRY);
  } catch (unsent) {
    // Teams could not be reached for the apology either. Thrown on, botbuilder would answer the request with the
    // error's own words (an address, a stack): the turn ends here, logged.
    log.error({ cause: causeOf(unsent), activityType: context.activity.type }, 'the answer to a failed turn was not sent');
  }
};

/** A pressed button is answered in its own response, where Teams shows it in place of the card's buttons. */
const answer = async (context: TurnContext, text: string): Promise<void> => {
  if (context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action') {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } },
    });
    return;
  }
  await context.sendActivity(text);
};
