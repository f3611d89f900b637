import { ok, userError, type Result, type UserError } from '../../domain/shared/index.js';
import { projectTeamOnly } from '../shared/index.js';
import { runBooking } from './booking-run.js';
import { onSiteBookings, type PlannedBooking } from './on-site-bookings.js';
import { caseReviewBookings } from './case-review-bookings.js';
import type { Outbox } from '../outbox/index.js';
import type { BookingClaim, BookingProgress, CalendarPort, CaseReviewsProposal, ChangesProposal, Log, OnSiteProposal, Proposal, Store, StoredReview } from '../ports/index.js';
import { notAsPlanned } from './as-planned.js';
import { applyChanges, changeCount } from './apply-changes.js';

export interface ClaimedProposal {
  stored: StoredReview;
  proposal: Proposal;
  /** How many events the proposal makes (sessions, and for on-site the fixed items with attendees). */
  total: number;
  /** The booking itself, to run in the background (Teams wants the card action answered at once). It must be run. */
  run(onProgress: (progress: BookingProgress) => Promise<void>): Promise<BookingProgress>;
}

export interface BookingDeps {
  store: Store;
  calendar: CalendarPort;
  outbox: Outbox;
  log: Log;
  now: () => string;
}

const AGAIN: Record<Proposal['kind'], string> = { onSite: 'schedule on-site', caseReviews: 'schedule case reviews', changes: 'review changes' };

const again = (proposal: Proposal): string => `Send **${AGAIN[proposal.kind]}** again for a new one.`;

const refusal = (claim: Exclude<BookingClaim, 'claimed' | 'resumed'>, proposal: Proposal) => {
  switch (claim) {
    case 'superseded':
      return userError('PROPOSAL.SUPERSEDED', `This plan is for an earlier revision of the review, so nothing was booked. ${again(proposal)}`);
    case 'cancelled':
      return userError('PROPOSAL.CLOSED', `This proposal was cancelled, so it cannot be booked. ${again(proposal)}`);
    case 'booked':
      return userError('PROPOSAL.CLOSED', `${proposal.kind === 'changes' ? 'These changes are applied' : 'This proposal is booked'} already. Send **status** to see the replies.`);
    case 'missing':
      return userError('PROPOSAL.NOT_FOUND', `I cannot find this proposal. ${again(proposal)}`);
  }
};

/**
 * Confirm (or Finish booking): claims the proposal, with all its bookings and invitations written in one
 * transaction, then takes the proposal's run lock, so however many Confirms arrive, one run books it. A run
 * that died (a crash, a restart) left the lock free: the next Confirm resumes where it stopped.
 */
export const confirmProposal = async (deps: BookingDeps, proposalId: unknown, asker: string): Promise<Result<ClaimedProposal>> => {
  if (typeof proposalId !== 'string' || proposalId.length === 0) {
    return userError('CARD.INVALID', 'This card is missing its proposal. Send **schedule case reviews** or **schedule on-site** for a new one.');
  }
  const proposal = await deps.store.proposals.get(proposalId);
  const stored = proposal && (await deps.store.reviews.get(proposal.reviewId));
  if (!proposal || !stored) return userError('PROPOSAL.NOT_FOUND', 'I cannot find this proposal. Send **schedule case reviews** or **schedule on-site** for a new one.');
  const denied = projectTeamOnly(stored.review, asker, 'confirm bookings');
  if (denied) return denied;
  // A changes proposal records its new sessions as it runs, once the sessions they replace are cancelled.
  const planned = proposal.kind === 'changes' ? [] : plannedBookings(stored, proposal);
  const claim = await deps.store.claims.claim(proposal.id, planned.map((p) => p.intent));
  if (claim !== 'claimed' && claim !== 'resumed') return refusal(claim, proposal);
  const release = await deps.store.runs.tryLock(`booking:${proposal.id}`);
  if (!release) return userError('PROPOSAL.BOOKING', 'This proposal is being booked now: its card shows the progress.');
  const current = { ...proposal, status: 'booking' as const };
  const bodies = new Map(planned.map((p) => [p.intent.sessionId, p.body]));
  if (current.kind === 'changes') {
    const refused = await heldBack(deps.store, current, claim);
    if (refused) {
      await release();
      return refused;
    }
    return ok({ stored, proposal: current, total: changeCount(current), run: (onProgress) => applyChanges(deps, stored, current, onProgress).finally(release) });
  }
  return ok({
    stored,
    proposal: current,
    total: planned.length,
    run: (onProgress) => runBooking(deps, { stored, proposal: current, bodies }, onProgress).finally(release),
  });
};

/**
 * A changes proposal just claimed goes back to waiting if what it changes is no longer as it was planned; one resumed
 * must still be booking (it may have just gone back, under a Confirm pressed at the same moment).
 */
const heldBack = async (store: Store, proposal: ChangesProposal, claim: 'claimed' | 'resumed'): Promise<UserError | undefined> => {
  if (claim === 'resumed') {
    const now = await store.proposals.get(proposal.id);
    return now?.status === 'booking' ? undefined : userError('PROPOSAL.CLOSED', 'These changes were not confirmed: press Confirm again to see why.');
  }
  const refused = await notAsPlanned(store, proposal);
  if (refused) await store.proposals.transition(proposal.id, ['booking'], 'proposed');
  return refused;
};

const plannedBookings = (stored: StoredReview, proposal: CaseReviewsProposal | OnSiteProposal): PlannedBooking[] =>
  proposal.kind === 'onSite' ? onSiteBookings(stored, proposal) : caseReviewBookings(stored, proposal);
