import type { Review } from '../../domain/shared/index.js';
import type { BookingProgress, CardJson, CaseReviewsProposal, Proposal } from '../../services/ports/index.js';
import { sessionTime } from '../shared/index.js';
import { nameOf } from '../shared/index.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';

/** The case-review proposal, as proposed, while booking ("Booked 7 of 16") and when done. */
export const proposalCard = (review: Review, proposal: CaseReviewsProposal, progress?: BookingProgress, alreadyBooked = 0): CardJson => {
  const { placed, unplaced } = proposal.plan;
  const state = describeBooking(proposal, progress);
  return renderCard('proposal', {
    title: `Case reviews: ${review.name}`,
    subtitle: `${placed.length} of ${placed.length + unplaced.length} cases placed, times in ${review.timeZone}` +
      (alreadyBooked > 0 ? ` (${alreadyBooked} booked earlier)` : ''),
    progress: state.text,
    progressColor: state.color,
    rows: placed.map((p) => ({
      time: sessionTime(p.start, p.end, review.timeZone),
      caseId: p.caseId,
      reviewer: nameOf(review, p.reviewer),
      caseWorker: nameOf(review, p.caseWorker),
    })),
    unplaced,
    notes: progress?.done ? doneNotes(review, progress) : [],
    proposalId: proposal.id,
    canConfirm: proposal.status === 'proposed' || (proposal.status === 'booking' && progress?.done === true),
    canCancel: proposal.status === 'proposed',
    confirmTitle: proposal.status === 'proposed' ? `Confirm and book ${placed.length}` : 'Finish booking',
    verbs: { confirm: VERBS.confirmProposal, cancel: VERBS.cancelProposal },
  });
};

/** The booking state line, the same on both kinds of proposal. */
export const describeBooking = (proposal: Proposal, progress?: BookingProgress): { text: string; color: string } => {
  if (proposal.status === 'cancelled') return { text: 'Cancelled: nothing was booked.', color: 'Default' };
  if (proposal.status === 'proposed' || !progress) return { text: '', color: 'Default' };
  const counted = `Booked ${progress.booked} of ${progress.total}`;
  if (!progress.done) return { text: `${counted}…`, color: 'Accent' };
  if (progress.failed > 0 || progress.booked < progress.total) {
    return { text: `${counted}. ${progress.total - progress.booked} could not be booked; press Finish booking to try them again.`, color: 'Attention' };
  }
  return { text: `${counted}. All in the calendar.`, color: 'Good' };
};

export const doneNotes = (review: Review, progress: BookingProgress): string[] => {
  const notes = [`Invite cards sent: ${progress.cardsSent ?? 0}.`];
  const without = progress.withoutCard ?? [];
  if (without.length > 0) {
    notes.push(`No card for ${without.map((email) => nameOf(review, email)).join(', ')}: they have not started a chat with Convene, so they have the calendar invite only.`);
  }
  return notes;
};
