import type { Invitation, Store } from '../ports/index.js';

/** The invitations, each marked whether its invite card is queued or being sent (it needs no finish booking then). */
export const withCardsOnTheWay = async (store: Store, reviewId: string, invitations: Invitation[]): Promise<(Invitation & { cardOnItsWay: boolean })[]> => {
  const coming = new Set(await store.messages.invitesOnTheWay(reviewId));
  return invitations.map((invitation) => ({ ...invitation, cardOnItsWay: coming.has(invitation.id) }));
};
