/**
 * `status` and the replies page as they stand in calendars now: the organiser's calendar is followed first, so an
 * answer given in Outlook is counted, and a decline given there reaches the project team as one on a card does.
 */
import type { Result } from '../../domain/shared/index.js';
import { statusOfReview } from '../invitations/index.js';
import type { ReviewStatus, StoredReview } from '../ports/index.js';
import { currentReview, projectTeamOnly } from '../shared/index.js';
import type { CalendarSyncDeps } from './session-changed.js';
import { syncOrganiser } from './sync-organiser.js';

export const statusNow = async (deps: CalendarSyncDeps, stored: StoredReview, asker: string): Promise<Result<ReviewStatus>> => {
  // Someone who may not see the replies starts no work.
  const denied = projectTeamOnly(stored.review, asker, 'see the replies');
  if (denied) return denied;
  // Busy (another instance is following it now) or failed (logged): the replies as recorded are still the best answer.
  await syncOrganiser(deps, stored.review.organiser);
  return statusOfReview(deps, stored, asker);
};

export const currentStatus = async (deps: CalendarSyncDeps, asker: string): Promise<Result<ReviewStatus>> => {
  const current = await currentReview(deps.store.reviews);
  return current.ok ? statusNow(deps, current.value, asker) : current;
};
