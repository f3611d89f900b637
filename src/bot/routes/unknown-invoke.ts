import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { noticeCard } from '../../cards/shared/index.js';

const CARD_ACTION = 'adaptiveCard/action';

/**
 * The last route: an invoke no other route took (a button of a card from elsewhere, a forged or empty verb, a
 * value that is not an object). Without it the adapter answers 501 with an empty body.
 */
export const addUnknownInvokeRoute = (app: Application<TurnState>): void => {
  app.activity(ActivityTypes.Invoke, async (context) => {
    await (context.activity.name === CARD_ACTION ? answerUnknownButton(context) : answerUnknownInvoke(context));
  });
};

const answerUnknownButton = (context: TurnContext) =>
  context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: {
        statusCode: 200,
        type: CardFactory.contentTypes.adaptiveCard,
        value: noticeCard(
          'Nothing was changed',
          'This button is not one Convene knows, so it did nothing. Send **help** to see what you can do, or ask for the card again.',
        ),
      },
    },
  });

const answerUnknownInvoke = (context: TurnContext) =>
  context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 400, body: { error: 'Convene does not handle this invoke.' } },
  });
