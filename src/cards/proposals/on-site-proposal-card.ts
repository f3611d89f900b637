import { readOnSite } from '../../domain/on-site/index.js';
import { fixedItemId } from '../../domain/programme/index.js';
import { joinAnd, plural, timesAre, type Review } from '../../domain/shared/index.js';
import type { BookingProgress, CardJson, OnSiteProposal } from '../../services/ports/index.js';
import { dayTables, peerKey, type DayTable } from './on-site-days.js';
import { describeBooking, doneNotes } from './proposal-card.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';

/** Teams refuses a message over about 28 KB; this leaves room for the activity around the card. */
export const CARD_BYTES = 24_000;

/**
 * The on-site proposal: a table per day, what could not be placed and the coverage, then Confirm / Cancel.
 * One card when it fits; otherwise a card per day and a summary card that holds the buttons. The last card
 * is always the one with the buttons, the one booking progress updates in place.
 */
export const onSiteProposalCards = (
  review: Review,
  proposal: OnSiteProposal,
  progress?: BookingProgress,
  alreadyBooked = 0,
): CardJson[] => {
  const onSite = readOnSite(review);
  const days = dayTables(review, onSite, proposal.plan);
  const whole = summary(review, proposal, days, progress, alreadyBooked);
  if (bytes(whole) <= CARD_BYTES) return [whole];
  const perDay = days.map((day) =>
    renderCard('on-site-proposal', {
      ...EMPTY,
      reviewName: review.name,
      title: `On-site programme: ${day.heading}`,
      days: [day],
    }),
  );
  const note = `The timetable is in the ${days.length} cards above, a card per day.`;
  return [...perDay, summary(review, proposal, [], progress, alreadyBooked, note)];
};

/** The card with the buttons alone: what booking progress replaces. */
export const onSiteProposalCard = (review: Review, proposal: OnSiteProposal, progress?: BookingProgress): CardJson =>
  onSiteProposalCards(review, proposal, progress).at(-1)!;

const EMPTY = { subtitle: '', progress: '', progressStyle: 'default', days: [], key: '', events: '', unplaced: [], coverage: [], notes: [], canConfirm: false, canCancel: false };

const bytes = (card: CardJson): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

const summary = (
  review: Review,
  proposal: OnSiteProposal,
  days: DayTable[],
  progress: BookingProgress | undefined,
  alreadyBooked: number,
  note?: string,
): CardJson => {
  const { placed, unplaced, fixed } = proposal.plan;
  const sessions = new Map((readOnSite(review)?.sessions ?? []).map((s) => [s.id, s.title]));
  const titleOf = (id: string) => sessions.get(id) ?? fixed.find((f) => fixedItemId(f) === id)?.title ?? id;
  const state = describeBooking(proposal, 'calendar events', progress);
  const invited = fixed.filter((f) => f.attendees.length > 0).length;
  const events = placed.length + invited;
  const notes = [...(note ? [note] : []), ...(progress?.done ? doneNotes(review, progress) : [])];
  const notBooked = progress?.done ? (progress.notBooked ?? []) : [];
  if (notBooked.length > 0) notes.push(`Not booked yet: ${notBooked.map(titleOf).join('; ')}.`);
  const firstDay = placed[0]?.start ?? fixed[0]?.start;
  return renderCard('on-site-proposal', {
    ...EMPTY,
    reviewName: review.name,
    title: 'On-site programme',
    subtitle:
      `${placed.length} of ${plural(placed.length + unplaced.length, 'session')} placed, with ${plural(fixed.length, 'fixed item')}` +
      (alreadyBooked > 0 ? ` (and ${alreadyBooked} booked earlier)` : '') +
      `.${firstDay ? ` ${timesAre(review.timeZone, firstDay)}` : ''}`,
    progress: state.text,
    progressStyle: state.style,
    events: proposal.status !== 'proposed' ? '' : eventsLine(placed.length, invited, fixed.filter((f) => f.attendees.length === 0).map((f) => f.title)),
    key: placed.length > 0 ? `Peers: ${peerKey(review, readOnSite(review), proposal.plan)}` : '',
    days,
    unplaced: unplaced.map((u) => ({ title: titleOf(u.sessionId), reason: u.reason })),
    coverage: coverageLines(review, proposal),
    notes,
    proposalId: proposal.id,
    canConfirm: proposal.status === 'proposed' || (proposal.status === 'booking' && progress?.done === true),
    canCancel: proposal.status === 'proposed',
    confirmTitle: proposal.status === 'proposed' ? `Confirm and book ${plural(events, 'event')}` : 'Finish booking',
    verbs: { confirm: VERBS.confirmProposal, cancel: VERBS.cancelProposal },
  });
};

/** What Confirm books, so that its count can be checked against the programme above it. */
const eventsLine = (sessions: number, invited: number, timetableOnly: string[]): string => {
  const kinds = [...new Set(timetableOnly)];
  const named = kinds.length <= 3 ? joinAnd(kinds) : `${kinds.slice(0, 3).join(', ')} and more`;
  return (
    `Confirm books ${plural(sessions + invited, 'calendar event')}: the ${plural(sessions, 'session')}` +
    (invited > 0 ? ` and ${plural(invited, 'fixed item')} with people to invite` : '') +
    (timetableOnly.length > 0 ? `. The other ${plural(timetableOnly.length, 'fixed item')} (${named}) are on the timetable only.` : '.')
  );
};

/** Shown with the programme, never blocking it. */
const coverageLines = (review: Review, proposal: OnSiteProposal): { text: string; style: string }[] => {
  const { themesUncovered, essentialVisits } = proposal.plan.coverage;
  const themeTitle = (id: string) => review.themes.find((t) => t.id === id)?.title ?? id;
  const missing = essentialVisits.filter((v) => !v.present);
  return [
    themesUncovered.length === 0
      ? { text: `Every theme is covered by at least one session.`, style: 'good' }
      : { text: `Themes with no session: ${themesUncovered.map(themeTitle).join(', ')}.`, style: 'warning' },
    missing.length === 0
      ? { text: `All ${essentialVisits.length} essential site visits are in the programme.`, style: 'good' }
      : { text: `Essential site visits missing: ${missing.map((v) => v.need).join('; ')}.`, style: 'warning' },
  ];
};
