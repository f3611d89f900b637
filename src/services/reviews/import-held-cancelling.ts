/**
 * The held import's third answer: the file becomes the new review, and every booked session of the review chat
 * worked on is cancelled, each invitee told. The cancelling is a changes proposal of cancels alone, claimed as Confirm
 * claims one, so it runs, and is finished after a cut-off, exactly as applying a revision's changes is.
 */
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { confirmProposal, type BookingDeps, type ClaimedProposal } from '../booking/index.js';
import { isProjectTeam } from '../shared/index.js';
import type { StoredReview } from '../ports/index.js';
import { bookedSessions } from './booked-sessions.js';
import { HELD_GONE, importTaken } from './import-review.js';

export interface ImportedCancelling {
  imported: StoredReview;
  /** The review whose sessions are cancelled. */
  replaced: StoredReview;
  /** The cancelling of the other review's sessions, to run once the press is answered; none when nothing was booked any more. */
  cancelling?: ClaimedProposal;
}

/** `reviewId`: the review the card names, whose sessions its button counts (chat may have switched since). */
export const importHeldCancelling = async (deps: BookingDeps, held: unknown, reviewId: unknown, asker: string): Promise<Result<ImportedCancelling>> => {
  const replaced = typeof reviewId === 'string' ? await deps.store.reviews.get(reviewId) : undefined;
  if (!replaced) return userError('REVIEW.NOT_FOUND', 'This card is missing the review whose sessions it would cancel: nothing was imported or cancelled. Send the file with **import** again.');
  const { name } = replaced.review;
  // Checked before the file is taken, so that a refusal leaves the card's other answers as they were.
  if (!isProjectTeam(replaced.review, asker)) {
    return userError('ACCESS.DENIED', `Sorry, only the project team of ${name} can cancel its sessions, so nothing was imported or cancelled. **Import it** imports the file and leaves them booked.`);
  }
  if ((await deps.store.proposals.unfinished(replaced.id)).length > 0) {
    return userError('PROPOSAL.BOOKING', `A booking of ${name} has not finished, so nothing was imported or cancelled. Let it finish (**finish booking** while chat works on ${name}), then press this again.`);
  }
  if (typeof held !== 'string') return HELD_GONE;
  const taken = await deps.store.reviews.takeHeld(held, asker);
  if (!taken) return HELD_GONE;
  const booked = bookedSessions(replaced.review, await deps.store.bookings.forReview(replaced.id));
  if (booked.length === 0) return ok({ imported: await importTaken(deps.store.reviews, taken.review, asker), replaced });
  // Claimed before the import: a run cut off from here on is finished with finish booking on the review it cancels.
  const plan = { changes: booked.map((from) => ({ action: 'cancel' as const, from })), replacedBy: taken.review.name };
  const proposal = await deps.store.proposals.create({ reviewId: replaced.id, revision: replaced.revision, kind: 'changes', plan, createdBy: asker });
  const claimed = await confirmProposal(deps, proposal.id, asker);
  if (!claimed.ok) {
    await deps.store.proposals.transition(proposal.id, ['proposed'], 'cancelled');
    return userError(claimed.code, `${name} changed just now, so nothing was imported or cancelled. Send the file with **import** again.`);
  }
  return ok({ imported: await importTaken(deps.store.reviews, taken.review, asker), replaced, cancelling: claimed.value });
};
