/** The cards in a person's chat that show one invitation: its invite card and the reminders sent for it. */
import type { CardLocation, Invitation, Store } from '../ports/index.js';

export interface InvitationCard {
  location: CardLocation;
  /** Undefined for the invite card itself. */
  reminder?: 'noReply' | 'joiningDetails';
}

/** All of them but `except` (the card the answer came from, which the turn's answer replaces). */
export const invitationCards = async (store: Store, invitation: Invitation, except: string | undefined): Promise<InvitationCard[]> => {
  const chat = await store.messages.remindersInChat(invitation.id, invitation.email);
  if (!chat) return [];
  const { reference } = chat;
  const cards: InvitationCard[] = invitation.cardActivityId ? [{ location: { activityId: invitation.cardActivityId, reference } }] : [];
  for (const { activityId, reminder } of chat.reminders) cards.push({ location: { activityId, reference }, reminder });
  return cards.filter((card) => card.location.activityId !== except);
};
