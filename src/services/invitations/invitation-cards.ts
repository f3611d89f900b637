/** The cards in a person's chat that show one invitation: its invite card and the reminders sent for it. */
import type { CardLocation, Invitation, Store } from '../ports/index.js';

export interface InvitationCard {
  location: CardLocation;
  /** Undefined for the invite card itself. */
  reminder?: 'noReply' | 'joiningDetails';
}

/** All of them but `except` (the card the answer came from, which the turn's answer replaces). */
export const invitationCards = async (store: Store, invitation: Invitation, except: string | undefined): Promise<InvitationCard[]> => {
  const reference = await store.people.conversationFor(invitation.email);
  if (!reference) return [];
  const cards: InvitationCard[] = invitation.cardActivityId ? [{ location: { activityId: invitation.cardActivityId, reference } }] : [];
  for (const sent of await store.messages.remindersSent(invitation.id)) {
    if (sent.activityId && sent.payload.kind === 'reminder') cards.push({ location: { activityId: sent.activityId, reference }, reminder: sent.payload.reminder });
  }
  return cards.filter((card) => card.location.activityId !== except);
};
