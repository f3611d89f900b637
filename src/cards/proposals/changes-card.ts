/** Review changes: exactly what Confirm will do to what is booked, and who hears of it; then its progress. */
import { isMove, peopleChange, type PlannedChange, type SessionTarget } from '../../domain/replan/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { clockSpan, joinAnd, localDay, nameOf, plural, timesAre, type Review, type UtcInterval } from '../../domain/shared/index.js';
import type { BookingProgress, CardJson, ChangesProposal } from '../../services/ports/index.js';
import { renderCard, VERBS } from '../shared/index.js';
import { describeBooking, doneNotes } from './proposal-card.js';

type Update = Extract<PlannedChange, { action: 'update' }>;

const wordsFor = (review: Review) => {
  const zone = review.timeZone;
  const when = (at: UtcInterval) => `${localDay(at.start, zone)} ${clockSpan(at.start, at.end, zone)}`;
  const names = (emails: readonly string[]) => joinAnd(emails.map((e) => nameOf(review, e)));
  const everyone = (s: BookedSession | SessionTarget) => [...new Set([...s.attendees, ...s.peers])];
  return { when, names, everyone };
};

/** What else an update in place changes, beside its people. */
const alsoChanged = (change: Update): string[] => {
  const { from, to } = change;
  const also: string[] = [];
  if (from.title !== to.title) also.push(`now called ${to.title}`);
  if ((from.location ?? '') !== (to.location ?? '') && !to.online) also.push(`now at ${to.location}`);
  if (to.online && !from.online) also.push('now a Teams meeting');
  return also;
};

const sections = (review: Review, changes: readonly PlannedChange[]) => {
  const w = wordsFor(review);
  const moves: string[] = [];
  const inPlace: string[] = [];
  const cancels: string[] = [];
  const creates: string[] = [];
  const stuck: string[] = [];
  const told = new Set<string>();
  for (const change of changes) {
    if (change.action === 'update' && isMove(change)) {
      moves.push(`**${change.to.title}**: ${w.when(change.from)} → ${w.when(change.to)}. Everyone in it is asked again.`);
      for (const e of [...w.everyone(change.from), ...w.everyone(change.to)]) told.add(e);
    } else if (change.action === 'update') {
      const { added, removed } = peopleChange(change.from, change.to);
      const people = [...(added.length > 0 ? [`${w.names(added)} ${added.length === 1 ? 'joins' : 'join'}`] : []), ...(removed.length > 0 ? [`${w.names(removed)} ${removed.length === 1 ? 'leaves' : 'leave'}`] : [])];
      const also = alsoChanged(change);
      inPlace.push(`**${change.to.title}**, ${w.when(change.from)}: ${[...people, ...also].join('; ') || 'brought up to date'}.`);
      // A change of people reaches those people alone; any other change reaches everyone.
      for (const e of also.length > 0 ? [...w.everyone(change.from), ...w.everyone(change.to)] : [...added, ...removed]) told.add(e);
    } else if (change.action === 'cancel') {
      cancels.push(`**${change.from.title}**, ${w.when(change.from)}.`);
      for (const e of w.everyone(change.from)) told.add(e);
    } else if (change.action === 'create') {
      creates.push(`**${change.to.title}**, ${w.when(change.to)}, with ${w.names(w.everyone(change.to))}.`);
      for (const e of w.everyone(change.to)) told.add(e);
    } else if (change.action === 'stuck') {
      stuck.push(`**${change.from.title}**, ${w.when(change.from)}: it must move, but no time keeps every rule. It stays where it is.`);
    } else {
      stuck.push(`**${change.to.title}**: new, but no time keeps every rule. It is not booked.`);
    }
  }
  const all = [
    { heading: `Will move (${moves.length})`, lines: moves },
    { heading: `Will change in place (${inPlace.length})`, lines: inPlace },
    { heading: `Will be cancelled (${cancels.length})`, lines: cancels },
    { heading: `Will be booked (${creates.length})`, lines: creates },
    { heading: `Cannot be placed (${stuck.length})`, lines: stuck },
  ];
  return { sections: all.filter((s) => s.lines.length > 0), told: [...told].sort() };
};

export const changesCard = (review: Review, proposal: ChangesProposal, progress?: BookingProgress): CardJson => {
  const { changes } = proposal.plan;
  const { sections: shown, told } = sections(review, changes);
  const count = changes.filter((c) => c.action !== 'stuck' && c.action !== 'unplaced').length;
  const first = changes.find((c) => 'from' in c)?.from.start;
  const state = describeBooking(proposal, 'changes', progress);
  const { replacedBy } = proposal.plan;
  const what = replacedBy
    ? `${replacedBy} was imported in place of ${review.name}, so its booked sessions are cancelled: ${plural(count, 'change')}.`
    : `${proposal.plan.because ?? `What revision ${proposal.revision} of the file changes in what is booked:`} ${plural(count, 'change')}.`;
  const applied = state.text.replace('Booked', 'Applied').replace('could not be booked', 'could not be applied').replace('nothing was booked', 'nothing was changed');
  return renderCard('changes', {
    reviewName: review.name,
    subtitle: `${what}${first ? ` ${timesAre(review.timeZone, first)}` : ''}`,
    // Every change is a cancellation: none of them is in the calendar.
    progress: replacedBy ? applied.replace('All in the calendar.', 'All cancelled.') : applied,
    progressStyle: state.style,
    sections: shown,
    told: told.length > 0 ? `Calendar invitations, updates or cancellations go to ${told.length <= 8 ? `${joinAnd(told.map((e) => nameOf(review, e)))}` : plural(told.length, 'person', 'people')}.` : '',
    // Cancelling sends no invite cards to count.
    notes: progress?.done && !replacedBy ? doneNotes(review, progress) : [],
    proposalId: proposal.id,
    canConfirm: count > 0 && (proposal.status === 'proposed' || (proposal.status === 'booking' && progress?.done === true)),
    canCancel: proposal.status === 'proposed',
    confirmTitle: proposal.status === 'proposed' ? `Confirm ${plural(count, 'change')}` : 'Finish the changes',
    verbs: { confirm: VERBS.confirmProposal, cancel: VERBS.cancelProposal },
  });
};
