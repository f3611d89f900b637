import { clockSpan, dateLabel, joinAnd, localDate, nameOf, plural, timesAre, type Review } from '../../domain/shared/index.js';
import type { BookingProgress, CardJson, CaseReviewsProposal, Proposal } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';

/** The case-review proposal, as proposed, while booking ("Booked 7 of 16") and when done. */
export const proposalCard = (review: Review, proposal: CaseReviewsProposal, progress?: BookingProgress, alreadyBooked = 0): CardJson => {
  const { placed, unplaced } = proposal.plan;
  const state = describeBooking(proposal, 'case reviews', progress);
  const zone = review.timeZone;
  const days = new Map<string, { heading: string; rows: object[] }>();
  for (const p of [...placed].sort((a, b) => a.start.localeCompare(b.start))) {
    const date = localDate(p.start, zone);
    const day = days.get(date) ?? { heading: dateLabel(date), rows: [] };
    day.rows.push({ time: clockSpan(p.start, p.end, zone), caseId: p.caseId, reviewer: nameOf(review, p.reviewer), caseWorker: nameOf(review, p.caseWorker) });
    days.set(date, day);
  }
  return renderCard('proposal', {
    reviewName: review.name,
    subtitle:
      `${placed.length} of ${plural(placed.length + unplaced.length, 'case')} placed` +
      (alreadyBooked > 0 ? ` (and ${alreadyBooked} booked earlier)` : '') +
      `.${placed[0] ? ` ${timesAre(zone, placed[0].start)}` : ''}`,
    progress: state.text,
    progressStyle: state.style,
    days: [...days.values()],
    unplaced,
    notes: progress?.done ? doneNotes(review, progress) : [],
    proposalId: proposal.id,
    canConfirm: proposal.status === 'proposed' || (proposal.status === 'booking' && progress?.done === true),
    canCancel: proposal.status === 'proposed',
    confirmTitle: proposal.status === 'proposed' ? `Confirm and book ${plural(placed.length, 'case review')}` : 'Finish booking',
    verbs: { confirm: VERBS.confirmProposal, cancel: VERBS.cancelProposal },
  });
};

/**
 * The booking state, the same on both kinds of proposal: `what` says what is counted ("case reviews",
 * "calendar events"). Its style is a badge's (a Container style), never pale coloured text.
 */
export const describeBooking = (proposal: Proposal, what: string, progress?: BookingProgress): { text: string; style: string } => {
  if (proposal.status === 'cancelled') return { text: 'Cancelled: nothing was booked.', style: 'emphasis' };
  if (proposal.status === 'proposed' || !progress) return { text: '', style: 'default' };
  const counted = `Booked ${progress.booked} of ${progress.total} ${what}`;
  if (!progress.done) return { text: `${counted}…`, style: 'accent' };
  if (progress.failed > 0 || progress.booked < progress.total) {
    return { text: `${counted}. ${progress.total - progress.booked} could not be booked; press Finish booking to try them again.`, style: 'attention' };
  }
  return { text: `${counted}. All in the calendar.`, style: 'good' };
};

/** Beyond this many, the people with the calendar invitation only are counted rather than named: a card stays short. */
const NAMED_WITHOUT_CARD = 3;

/** After booking: how many cards went out, and who has the calendar invitation only (named when few, else counted). */
export const doneNotes = (review: Review, progress: BookingProgress): string[] => {
  const notes = [`Invite cards sent: ${progress.cardsSent ?? 0}.`];
  const queued = progress.cardsQueued ?? 0;
  if (queued > 0) notes.push(`${plural(queued, 'more invite card')} will follow as soon as Teams takes them.`);
  const failed = progress.cardsFailed ?? 0;
  if (failed > 0) notes.push(`${plural(failed, 'invite card')} could not be sent; press Finish booking to send ${failed === 1 ? 'it' : 'them'} again.`);
  const without = progress.withoutCard ?? [];
  const why = 'the calendar invitation only: they have not started a chat with Convene yet.';
  if (without.length === 1) notes.push(`${nameOf(review, without[0] ?? '')} has ${why}`);
  else if (without.length <= NAMED_WITHOUT_CARD && without.length > 0) notes.push(`${joinAnd(without.map((email) => nameOf(review, email)))} have ${why}`);
  else if (without.length > NAMED_WITHOUT_CARD) notes.push(`${without.length} people have ${why}`);
  return notes;
};
