/** The answer buttons (on the invite card and in `my sessions`), and `my sessions`: a person's own invitations. */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { inviteCard, mySessionsCard, reminderCard } from '../../cards/invitations/index.js';
import { VERBS } from '../../cards/shared/index.js';
import { answerInvitation, invitationCards, mySessions, updateCardLater, writeAnswerToCalendar } from '../../services/invitations/index.js';
import type { BotDeps } from '../deps.js';
import { errorText, replyCard, replyError } from '../reply.js';
import { whoIsTalking } from '../who.js';

export const addInvitationRoutes = (app: Application<TurnState>, deps: BotDeps): void => {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(VERBS.answerInvitation, async (context, _state, data) => {
    const who = await whoIsTalking(deps.store.people, context);
    if (!who.ok) return errorText(who);
    // Each session's reason box has its own id, so that several sessions can share one card.
    const reason = typeof data.invitationId === 'string' ? data[`reason-${data.invitationId}`] : undefined;
    const answered = await answerInvitation(deps, { invitationId: data.invitationId, answer: data.answer, reason }, who.value);
    if (!answered.ok) return errorText(answered);
    const { review, booking, invitation, told } = answered.value;
    const options = { told };
    // The invite card as it now reads: the answer to this turn, and the update of the invite card when the press came from a reminder.
    const invite = inviteCard(review, booking, invitation, options);
    // Once this turn has answered: the calendar event, and the person's other cards for the session (the invite, the reminders).
    const pressed = context.activity.replyToId;
    deps.background.afterTurn(context, async () => {
      await writeAnswerToCalendar(deps, booking, invitation);
      for (const card of await invitationCards(deps.store, invitation, pressed)) {
        const { location, reminder } = card;
        await deps.messenger
          .updateCard(location, reminder ? reminderCard({ review, booking, invitation, reminder }) : invite)
          .catch((error: unknown) => updateCardLater(deps, invitation, card, error));
      }
    });
    if (data.view === 'mySessions') {
      const mine = await mySessions(deps.store, who.value);
      if (mine.ok) return mySessionsCard(mine.value, { ...options, answered: invitation.id });
    }
    return invite;
  });
};

export const mySessionsCommand = async (deps: BotDeps, context: TurnContext, email: string): Promise<void> => {
  const mine = await mySessions(deps.store, email);
  await (mine.ok ? replyCard(context, mySessionsCard(mine.value)) : replyError(context, mine));
};
