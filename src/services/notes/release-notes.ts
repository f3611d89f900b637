/**
 * Held notes join the collections in batches: at each release time of the review (see domain/notes/note-release),
 * or at once when the team lead or challenge manager sends `release notes`. Then the notes tables are rewritten, so
 * no corrected or deleted text stays on their pages.
 */
import { releaseDue } from '../../domain/notes/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { currentReview } from '../shared/index.js';
import type { Log, Store, StoredReview } from '../ports/index.js';

interface Deps {
  store: Store;
  log: Log;
  now: () => string;
}

/** The timer's part: every review whose release time has come. Answers how many notes were released. */
export const releaseDueNotes = async (deps: Deps): Promise<number> => {
  const current = await deps.store.reviews.latest();
  const reviewIds = new Set([...(await deps.store.notes.reviewsHolding()), ...(current ? [current.id] : [])]);
  let released = 0;
  for (const reviewId of reviewIds) {
    const stored = reviewId === current?.id ? current : await deps.store.reviews.get(reviewId);
    if (stored) released += await releaseIfDue(deps, stored);
  }
  await deps.store.notes.scrub();
  return released;
};

const releaseIfDue = async (deps: Deps, stored: StoredReview): Promise<number> => {
  const now = deps.now();
  const last = await deps.store.notes.lastRelease(stored.id);
  if (last === undefined) {
    await deps.store.notes.startReleases(stored.id, now);
    return 0;
  }
  return releaseDue(stored.review, last, now) ? release(deps, stored) : 0;
};

const release = async (deps: Deps, stored: StoredReview): Promise<number> => {
  const { released, unreadable } = await deps.store.notes.release(stored.id, deps.now());
  if (unreadable > 0) deps.log.error({ reviewId: stored.id, unreadable }, 'held notes cannot be opened with this NOTES_KEY: they stay held until the key they were sealed with is back');
  return released;
};

/** `release notes`: for a team meeting that is not in the programme. */
export const releaseNotesNow = async (deps: Deps, asker: string): Promise<Result<{ stored: StoredReview; released: number }>> => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const leads = stored.review.peers.filter((p) => p.role === 'teamLead' || p.role === 'challengeManager');
  if (!leads.some((p) => p.email === asker)) return userError('ACCESS.DENIED', `Sorry, only the team lead or the challenge manager of ${stored.review.name} can release its notes.`);
  return ok({ stored, released: await release(deps, stored) });
};
