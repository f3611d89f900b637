/**
 * One change asked from chat (`cancel`, `move`, `add`): only by the project team, never while a booking or another
 * change of the review is under way, and made as any change to what is booked is: a changes proposal, applied on
 * Confirm (which checks again that what it changes is still as its card shows).
 */
import { namedSession } from '../../domain/chat-changes/index.js';
import type { PlannedChange } from '../../domain/replan/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { ok, userError, type Result, type UserError } from '../../domain/shared/index.js';
import type { ChangesProposal, Store, StoredReview } from '../ports/index.js';
import { bookedSessions } from '../reviews/index.js';
import { currentReview, projectTeamOnly } from '../shared/index.js';

export interface Proposed {
  stored: StoredReview;
  proposal: ChangesProposal;
}

/** `again`: the command to send once the booking under way is finished. */
export const mayChange = async (store: Store, stored: StoredReview, asker: string, again: string): Promise<UserError | undefined> => {
  const denied = projectTeamOnly(stored.review, asker, 'change the booked programme');
  if (denied) return denied;
  if ((await store.proposals.unfinished(stored.id)).length === 0) return undefined;
  return userError('PROPOSAL.BOOKING', `A booking or change of ${stored.review.name} has not finished. Send **finish booking** first, then **${again}** again.`);
};

/** The booked session of the review chat works on that `name` names (namedSession), if the asker may change it. */
export const namedBooked = async (store: Store, name: string, asker: string, command: string): Promise<Result<{ stored: StoredReview; session: BookedSession }>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const refused = await mayChange(store, stored, asker, `${command} ${name.trim()}`.trim());
  if (refused) return refused;
  const session = namedSession(stored.review, bookedSessions(stored.review, await store.bookings.forReview(stored.id)), name, command);
  return session.ok ? ok({ stored, session: session.value }) : session;
};

/** The change as a proposal of the review's current revision; nothing changes until it is confirmed. */
export const proposeOne = async (store: Store, stored: StoredReview, change: PlannedChange, because: string, asker: string): Promise<Proposed> => {
  const plan = { changes: [change], because };
  const created = await store.proposals.create({ reviewId: stored.id, revision: stored.revision, kind: 'changes', plan, createdBy: asker });
  return { stored, proposal: { ...created, kind: 'changes', plan } };
};
