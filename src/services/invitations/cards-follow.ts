/** After a booked session changed, the cards in people's chats follow it (the invitations' rows say how). */
import type { Outbox } from '../outbox/index.js';
import type { Invitation, OutboundMessage, Store, UpdatedInvitations } from '../ports/index.js';
import { cardRedraws } from './invitation-cards.js';

interface Deps {
  store: Store;
  outbox: Outbox;
  now: () => string;
}

/** How a session changed, for the cards: updated (who joined, left or is asked again), or cancelled. */
export type SessionChanged = { kind: 'updated'; touched: UpdatedInvitations } | { kind: 'cancelled'; invitations: Invitation[] };

/**
 * Newcomers get invite cards; everyone removed, asked again, or on a cancelled session sees each of their cards for
 * it drawn again in place, from what is true when it goes. `change` names the change: following the same change
 * twice (a resumed apply) is the same messages, each sent once. Answers how many messages were new.
 */
export const cardsFollow = async (deps: Deps, change: string, changed: SessionChanged): Promise<number> => {
  const redrawn = changed.kind === 'cancelled' ? changed.invitations : [...changed.touched.removed, ...changed.touched.askedAgain];
  const messages: OutboundMessage[] = [];
  for (const invitation of redrawn) messages.push(...(await cardRedraws(deps.store, invitation, `follow:${change}`, deps.now())));
  const invites = changed.kind === 'updated' ? changed.touched.added : [];
  // The same key as booking's own invite cards: one invite card per invitation, ever.
  for (const invitation of invites) {
    messages.push({ key: `invite:${invitation.id}`, reviewId: invitation.reviewId, recipient: invitation.email, payload: { kind: 'invite', invitationId: invitation.id }, dueAt: deps.now() });
  }
  return deps.outbox.queue(messages);
};
