/** The cards in a person's chat that show one invitation: its invite card and the reminders sent for it. */
import type { Outbox } from '../outbox/index.js';
import type { CardLocation, Invitation, Log, OutboundMessage, Store } from '../ports/index.js';

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

/**
 * Messages that draw each of the invitation's cards again in place, from what is true when each goes. `change`
 * names what made them due: the same change twice is the same messages, each card once.
 */
export const cardRedraws = async (store: Store, invitation: Invitation, change: string, now: string): Promise<OutboundMessage[]> =>
  (await invitationCards(store, invitation, undefined)).map((card) => ({
    key: `${change}:${card.location.activityId}`,
    reviewId: invitation.reviewId,
    recipient: invitation.email,
    payload: { kind: 'answerCard', invitationId: invitation.id, activityId: card.location.activityId, ...(card.reminder ? { reminder: card.reminder } : {}) },
    dueAt: now,
  }));

/**
 * An answer updates the person's other cards for the session at once; one Teams did not take then (it asked to
 * wait, or did not answer) is handed to the outbox, which draws the card again from what is true when it goes.
 */
export const updateCardLater = async (deps: { outbox: Outbox; log: Log; now: () => string }, invitation: Invitation, card: InvitationCard, error: unknown): Promise<void> => {
  const { activityId, reference } = card.location;
  deps.log.warn({ kind: 'answerCard' }, 'card not updated at once: left to the outbox');
  const message = {
    key: `answer-card:${activityId}:${invitation.answeredAt ?? 'unanswered'}`,
    reviewId: invitation.reviewId,
    recipient: invitation.email,
    payload: { kind: 'answerCard' as const, invitationId: invitation.id, activityId, ...(card.reminder ? { reminder: card.reminder } : {}) },
    dueAt: deps.now(),
  };
  await deps.outbox.takeOver(message, reference, error);
};
