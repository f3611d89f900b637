import { userError, ok, type Result } from '../../domain/shared/index.js';
import { projectTeamOnly } from '../shared/index.js';
import { confirmProposal, type BookingDeps, type ClaimedProposal } from './book-proposal.js';
import { currentReview } from '../shared/index.js';

/**
 * Finish booking: every proposal of the current review whose booking began and did not end (a crash, a
 * restart, an outage) is claimed again, as its card's Confirm would, and its run resumes.
 */
export const finishBooking = async (deps: BookingDeps, asker: string): Promise<Result<ClaimedProposal[]>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const denied = projectTeamOnly(current.value.review, asker, 'finish a booking');
  if (denied) return denied;
  const unfinished = await deps.store.proposals.unfinished(current.value.id);
  if (unfinished.length === 0) {
    return userError('PROPOSAL.CLOSED', `Nothing of ${current.value.review.name} is waiting to be booked. Send **status** to see the replies.`);
  }
  const claims = await Promise.all(unfinished.map((proposal) => confirmProposal(deps, proposal.id, asker)));
  const claimed = claims.flatMap((claim) => (claim.ok ? [claim.value] : []));
  const refused = claims.find((claim) => !claim.ok);
  return claimed.length > 0 || !refused ? ok(claimed) : refused;
};
