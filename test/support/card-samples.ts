/**
 * A sample of every card Convene sends, made by the real card functions over the demo review, each with a few
 * facts a reader must be able to see on it. Shared by the rule on template data (test/unit/card-text-types.test.ts)
 * and the rendered check (test/e2e/cards-rendered.test.ts): a new card, or a new state of one, goes here.
 */
import { helpLines } from '../../src/bot/commands.js';
import { caseFormCard, casesCard } from '../../src/cards/case-forms/index.js';
import { unfinishedProgrammes } from '../../src/domain/programme/index.js';
import { declineCard, inviteCard, mySessionsCard, outlookChangeCard, reminderCard, statusCard } from '../../src/cards/invitations/index.js';
import { digestCard, remindersCard } from '../../src/cards/reminders/index.js';
import { heldImportCard, heldImportedCard, reviewsCard } from '../../src/cards/reviews/index.js';
import { DEFAULT_POLICY } from '../../src/domain/reminders/index.js';
import { concernCard, concernsCard, noteFormCard, notePreviewCard, noteSavedCard, sessionHeading, themeCard, themesCard } from '../../src/cards/notes/index.js';
import { cardForProposal, changesCard, moveCard, onSiteProposalCards, proposalCard } from '../../src/cards/proposals/index.js';
import { bookedSessions } from '../../src/services/reviews/index.js';
import type { ChangesProposal } from '../../src/services/ports/index.js';
import { helpCard, noticeCard, type renderCard } from '../../src/cards/shared/index.js';
import { blankCaseForm, caseProgress, sampleCoverage, type CaseForm } from '../../src/domain/case-forms/index.js';
import { collect, summarise, type Note, type NoteKind } from '../../src/domain/notes/index.js';
import type { CardJson, Concern, ReviewDigest, ReviewStatus, StoredMessage } from '../../src/services/ports/index.js';
import { audienceOf } from '../../src/services/shared/index.js';
import { bigOnSite, bookingOf, caseReviewsProposal, demoBookings, demoInvitations, demoStored, invitationOf, onSiteProposal } from './demo-data.js';

export interface CardSample {
  /** Unique: the test's name and the screenshot's file name. */
  name: string;
  /** The template in adaptiveCards/ that drew it. */
  template: Parameters<typeof renderCard>[0];
  card: CardJson;
  /** What a reader must see on it: a count, a time, a name. */
  shows: string[];
  /** What is drawn struck through on it (nothing, when absent). */
  struck?: string[];
}

const review = demoStored.review;
const alex = 'alex.rowan@shropshire.example';
const caseOne = bookingOf('C01');
const dcs = bookingOf('dcs');
const director = invitationOf(dcs, 'director.childrens@shropshire.example');
const laterDcs = { start: '2026-02-05T15:30:00.000Z', end: '2026-02-05T16:30:00.000Z' };

const caseReviews: CardSample[] = [
  { name: 'case reviews proposed', template: 'proposal', card: proposalCard(review, caseReviewsProposal), shows: ['16 of 16 cases placed', '09:00–10:00', 'Cora Penhale', 'Confirm and book 16'] },
  { name: 'case reviews booking', template: 'proposal', card: proposalCard(review, { ...caseReviewsProposal, status: 'booking' }, { total: 16, booked: 7, failed: 0, done: false }), shows: ['Booked 7 of 16'] },
  {
    name: 'case reviews booked', template: 'proposal',
    card: proposalCard(review, { ...caseReviewsProposal, status: 'booked' }, { total: 16, booked: 16, failed: 0, done: true, cardsSent: 15, withoutCard: ['kemi.adeyemo@shropshire.example'] }),
    shows: ['Booked 16 of 16', 'Invite cards sent: 15', 'Kemi Adeyemo'],
  },
  {
    name: 'case reviews booked, cards still to go', template: 'proposal',
    card: proposalCard(review, { ...caseReviewsProposal, status: 'booking' }, { total: 16, booked: 16, failed: 0, done: true, cardsSent: 12, cardsQueued: 2, cardsFailed: 1, withoutCard: [] }),
    shows: ['Invite cards sent: 12', '2 more invite cards will follow as soon as Teams takes them.', '1 invite card could not be sent; press Finish booking to send it again.', 'Finish booking'],
  },
];

const [c01, c02, c03] = bookedSessions(review, ['C01', 'C02', 'C03'].map(bookingOf));
const asTarget = (b: typeof c01, change: object = {}) => ({ sessionId: b!.sessionId, kind: b!.kind, title: b!.title, start: b!.start, end: b!.end, attendees: b!.attendees, peers: b!.peers, online: true, ...change });
const changes: ChangesProposal = {
  id: 'p-changes', reviewId: demoStored.id, revision: 3, createdBy: alex, status: 'proposed', kind: 'changes',
  plan: {
    changes: [
      { action: 'update', from: c01!, to: asTarget(c01, { start: '2026-01-15T13:00:00.000Z', end: '2026-01-15T14:00:00.000Z' }) },
      { action: 'update', from: c02!, to: asTarget(c02, { attendees: ['kemi.adeyemo@shropshire.example'] }) },
      { action: 'cancel', from: c03! },
      { action: 'create', to: asTarget(c03, { sessionId: 'C17', title: 'Case review C17', start: '2026-01-15T09:00:00.000Z', end: '2026-01-15T10:00:00.000Z' }) },
      { action: 'unplaced', to: { sessionId: 'C18', kind: 'caseReview', title: 'Case review C18' } },
    ],
  },
};

/** Import it and cancel: the review chat worked on gives way to another, every booked session cancelled. */
const replaced: ChangesProposal = {
  ...changes, id: 'p-replaced',
  plan: { changes: [c01!, c02!, c03!].map((from) => ({ action: 'cancel' as const, from })), replacedBy: 'Shropshire SEND Peer Challenge 2027' },
};

const revisionChanges: CardSample[] = [
  {
    name: 'review changes proposed', template: 'changes', card: changesCard(review, changes),
    shows: ['What revision 3 of the file changes in what is booked: 4 changes', 'Will move (1)', 'Thu 15 Jan 13:00–14:00', 'Everyone in it is asked again', 'Kemi Adeyemo joins', 'Will be cancelled (1)', 'Will be booked (1)', 'Case review C17', 'Cannot be placed (1)', 'Confirm 4 changes', 'Cancel'],
  },
  {
    name: 'review changes applied', template: 'changes', card: changesCard(review, { ...changes, status: 'booked' }, { total: 4, booked: 4, failed: 0, done: true, cardsSent: 2, withoutCard: [] }),
    shows: ['Applied 4 of 4 changes. All in the calendar.', 'Invite cards sent: 2'],
  },
  {
    name: 'move', template: 'move',
    card: moveCard(review, c02!, [
      { start: '2026-01-14T13:00:00.000Z', end: '2026-01-14T14:00:00.000Z', free: [] },
      { start: '2026-01-15T09:00:00.000Z', end: '2026-01-15T10:00:00.000Z', free: [] },
    ]),
    shows: ['Move: Case review C02', 'Wed 14 Jan, 11:00–12:00 (UK time)', 'Sam Lindqvist', 'Other times (nothing else moves)', 'Wed 14 Jan, 13:00–14:00 (everyone free)', 'Thu 15 Jan, 09:00–10:00 (everyone free)', 'Propose this time'],
  },
  {
    name: 'a move asked from chat', template: 'changes',
    card: changesCard(review, { ...changes, plan: { changes: [changes.plan.changes[0]!], because: 'Alex Rowan asked to move Case review C01.' } }),
    shows: ['Alex Rowan asked to move Case review C01. 1 change.', 'Will move (1)', 'Wed 14 Jan 09:00–10:00 → Thu 15 Jan 13:00–14:00', 'Confirm 1 change', 'Cancel'],
  },
  {
    name: 'a cancel asked from chat', template: 'changes',
    card: changesCard(review, { ...changes, plan: { changes: [changes.plan.changes[2]!], because: 'Alex Rowan asked to cancel Case review C03.' } }),
    shows: ['Alex Rowan asked to cancel Case review C03. 1 change.', 'Will be cancelled (1)', 'Wed 14 Jan 12:00–13:00', 'Confirm 1 change'],
  },
  {
    name: 'review replaced, its sessions cancelled', template: 'changes',
    card: changesCard(review, { ...replaced, status: 'booked' }, { total: 3, booked: 3, failed: 0, done: true, cardsSent: 0, withoutCard: [] }),
    shows: ['Shropshire SEND Peer Challenge 2027 was imported in place of Shropshire SEND Peer Challenge 2026, so its booked sessions are cancelled: 3 changes.', 'Will be cancelled (3)', 'Applied 3 of 3 changes. All cancelled.'],
  },
];

/**
 * The programme is one card when it fits, else a card per day and a summary card with the buttons: `days` must
 * show on every card holding the timetable, `summary` on the one with the buttons.
 */
const programme = (name: string, cards: CardJson[], shows: { days: string[]; summary: string[] }): CardSample[] =>
  cards.map((card, n) => ({
    name: cards.length === 1 ? name : `${name}, card ${n + 1} of ${cards.length}`,
    template: 'on-site-proposal',
    card,
    shows: cards.length === 1 ? [...shows.days, ...shows.summary] : n < cards.length - 1 ? shows.days : shows.summary,
  }));

const onSite: CardSample[] = [
  ...programme('on-site proposed', onSiteProposalCards(review, onSiteProposal), {
    days: ['Tuesday 3 February', '08:30–09:00', 'Welcome to the base room', 'Visit to the FE college', 'Team B'],
    summary: ['32 of 32 sessions placed', 'Confirm and book'],
  }),
  ...programme('on-site, four streams', onSiteProposalCards(bigOnSite.review, bigOnSite.proposal), { days: ['Team D', 'Lunch'], summary: ['sessions placed', 'Confirm and book'] }),
  {
    name: 'on-site booked with failures', template: 'on-site-proposal',
    card: cardForProposal(review, { ...onSiteProposal, status: 'booking' }, { total: 40, booked: 38, failed: 2, done: true, notBooked: ['camhs', 'dco'], cardsSent: 30, withoutCard: [] }),
    shows: ['Booked 38 of 40', 'Head of CAMHS; DCO and DMO', 'Finish booking'],
  },
  { name: 'on-site cancelled', template: 'on-site-proposal', card: cardForProposal(review, { ...onSiteProposal, status: 'cancelled' }), shows: ['Cancelled: nothing was booked.'] },
];

const status: ReviewStatus = {
  stored: demoStored,
  sessions: demoBookings.map((booking) => {
    const invitations = demoInvitations.filter((i) => i.bookingId === booking.id);
    return { booking, invitations };
  }),
};
// The evening before the case-review day: the calls are close enough for silence to matter.
const now = '2026-01-13T18:00:00.000Z';

/** The digest of that evening, each silent person reached in one of the three ways in turn. */
const digest = (): ReviewDigest => {
  const upcoming = status.sessions.filter((s) => s.booking.start > now);
  const sessions = upcoming.flatMap(({ booking, invitations: all }) => {
    const noReply = all.filter((i) => i.rsvp === 'pending').map((invitation, n) => ({ invitation, reach: (['chat', 'calendarOnly', 'blocked'] as const)[n % 3]! }));
    const declined = all.filter((i) => i.rsvp === 'declined');
    return noReply.length + declined.length > 0 ? [{ booking, noReply, declined }] : [];
  });
  const refused = (n: number, recipient: string): StoredMessage => ({
    key: `k${n}`,
    reviewId: demoStored.id,
    recipient,
    payload: { kind: 'reminder', invitationId: `i${n}`, reminder: 'noReply', meantFor: now },
    dueAt: now,
    state: 'failed',
    attempts: 6,
    reason: 'Teams answered 503: Service Unavailable, 6 times',
  });
  return {
    stored: demoStored,
    sessions,
    upcoming: upcoming.length,
    toRemind: sessions.flatMap((s) => s.noReply.filter((n) => n.reach === 'chat').map((n) => n.invitation)),
    failed: [refused(1, alex), refused(2, 'director.childrens@shropshire.example')],
  };
};
const NONCE = '00000000-0000-4000-8000-000000000001';

const invitations: CardSample[] = [
  { name: 'invite', template: 'invite', card: inviteCard(review, caseOne, { ...invitationOf(caseOne, alex), rsvp: 'pending' }), shows: ['Case review C01', 'Wed 14 Jan, 09:00–10:00', 'Dev Ashdown', 'Accept', 'Tentative', 'Decline'] },
  { name: 'invite accepted', template: 'invite', card: inviteCard(review, dcs, { ...director, rsvp: 'accepted' }), shows: ['You accepted', 'Thu 5 Feb, 13:15–14:15', 'Guildhall, Frankwell Quay, Shrewsbury'] },
  {
    name: 'invite declined', template: 'invite',
    card: inviteCard(review, caseOne, { ...invitationOf(caseOne, alex), rsvp: 'declined', reason: 'A tribunal hearing that morning' }, { told: 'projectTeamTold' }),
    shows: ['You declined', 'A tribunal hearing that morning'],
  },
  {
    name: 'invite moved', template: 'invite',
    card: inviteCard(review, caseOne, { ...invitationOf(caseOne, alex), rsvp: 'pending', movedFrom: { start: '2026-01-13T14:00:00.000Z', end: '2026-01-13T15:00:00.000Z' } }),
    shows: ['Wed 14 Jan, 09:00–10:00', 'Moved from', 'This session has moved. Can you attend at the new time?', 'Accept', 'Decline'],
    struck: ['Tue 13 Jan, 14:00–15:00 (UK time)'],
  },
  { name: 'invite cancelled', template: 'invite', card: inviteCard(review, { ...caseOne, status: 'cancelled' }, { ...invitationOf(caseOne, alex), rsvp: 'accepted' }), shows: ['Case review C01', 'This session was cancelled.'] },
  { name: 'invite no longer needed', template: 'invite', card: inviteCard(review, dcs, { ...director, rsvp: 'accepted', removedAt: '2026-01-20T10:00:00.000Z' }), shows: ['Thu 5 Feb, 13:15–14:15', 'You are no longer needed at this session.'] },
  {
    name: 'reminder to answer', template: 'invite',
    card: reminderCard({ review, booking: caseOne, invitation: { ...invitationOf(caseOne, alex), rsvp: 'pending' }, reminder: 'noReply' }),
    shows: ['Reminder: Case review C01', 'You have not answered this invitation yet', 'Wed 14 Jan, 09:00–10:00', 'Accept', 'Tentative', 'Decline'],
  },
  {
    name: 'joining details', template: 'invite',
    card: reminderCard({ review, booking: dcs, invitation: { ...director, rsvp: 'tentative' }, reminder: 'joiningDetails' }),
    shows: ['Joining details: ', 'Here is what you need to join it', 'Thu 5 Feb, 13:15–14:15', 'Guildhall, Frankwell Quay, Shrewsbury', 'You said maybe', 'Change my answer'],
  },
  { name: 'digest', template: 'digest', card: digestCard(digest(), { nonce: NONCE }), shows: ['Replies to chase', 'sessions still to come', 'No reply (Teams)', 'No reply (calendar invitation only)', 'Remind now sends a reminder at once', 'Not sent: Teams refused 2 messages', 'Reminder to Alex Rowan: Teams answered 503', 'Send again'] },
  { name: 'digest after Remind now', template: 'digest', card: digestCard(digest(), { nonce: NONCE, reminded: { count: 7, at: now } }), shows: ['Replies to chase', '7 reminders on the way at 18:00'] },
  {
    name: 'reminders policy', template: 'reminders', card: remindersCard(demoStored, DEFAULT_POLICY),
    shows: ['Reminders 72 h and 24 h before each session', 'in working hours (09:00–17:00, Mon, Tue, Wed, Thu, Fri)', 'The digest at 08:30', 'Working days', 'Save'],
  },
  {
    name: 'reminders policy refused', template: 'reminders',
    card: remindersCard(demoStored, DEFAULT_POLICY, { problems: ['reminders.noReply[0]: "soon" is not a time before the session: give hours (72) or an ISO 8601 duration ("PT72H", "P3D")', 'reminders.workingHours.end: 09:00 is not after the start (17:00)'], typed: { noReply: 'soon', start: '17:00', end: '09:00' } }),
    shows: ['Not saved: 2 things to fix', 'is not a time before the session', '09:00 is not after the start (17:00)'],
  },
  { name: 'my sessions', template: 'invite', card: mySessionsCard({ stored: demoStored, sessions: [caseOne, bookingOf('C15')].map((booking) => ({ booking, invitation: invitationOf(booking, alex) })) }), shows: ['Case review C15', 'Wed 14 Jan, 12:00–13:00', 'Cora Penhale'] },
  { name: 'status', template: 'status', card: statusCard(status, { now, repliesUrl: 'https://convene.local.example/replies/abc' }), shows: ['54 sessions booked', 'Wed 14 Jan', '18 of 32', 'No reply', 'Kemi Adeyemo'] },
  {
    name: 'status, invite cards on the way', template: 'status',
    // As after a restart: the cards that the stopped bot had queued go by themselves, so nothing is asked of the team.
    card: statusCard({ ...status, unfinished: unfinishedProgrammes(demoBookings, demoInvitations.map((i) => ({ ...i, cardSentAt: undefined, cardOnItsWay: true }))) }, { now }),
    shows: ['54 sessions booked', 'Case reviews: 32 invite cards are on the way.', 'On-site: 140 invite cards are on the way.'],
  },
  { name: 'status, nothing booked', template: 'status', card: statusCard({ stored: demoStored, sessions: [] }, { now }), shows: ['Nothing is booked yet'] },
  { name: 'decline', template: 'decline', card: declineCard({ review, booking: dcs, invitation: { ...director, rsvp: 'declined', reason: 'At the corporate parenting panel' } }), shows: ["Director of Children's Services (demo)", 'Thu 5 Feb, 13:15–14:15', 'At the corporate parenting panel', 'The session is no longer booked.'] },
  {
    name: 'decline with choices', template: 'decline',
    card: declineCard({
      review, booking: caseOne, invitation: { ...invitationOf(caseOne, caseOne.attendees.find((e) => e.endsWith('@peers.example'))!), rsvp: 'declined', reason: 'Off sick' },
      choices: {
        session: bookedSessions(review, [caseOne])[0]!,
        alternatives: [{ start: '2026-01-14T11:00:00.000Z', end: '2026-01-14T12:00:00.000Z', free: [] }, { start: '2026-01-15T09:00:00.000Z', end: '2026-01-15T10:00:00.000Z', free: [] }],
        replacements: [{ email: 'cora.penhale@peers.example', themes: [], sessionsThatDay: 2 }],
      },
    }),
    shows: ['Declined: Case review C01', 'Another time (nothing else moves)', 'Wed 14 Jan, 11:00–12:00 (everyone free)', 'Thu 15 Jan, 09:00–10:00 (everyone free)', 'Move it to this time', 'Cora Penhale (2 other sessions that day)', 'Replace with them', 'Keep it without', 'Cancel the session'],
  },
  {
    name: 'moved in Outlook', template: 'outlook-change',
    card: outlookChangeCard({ review, booking: { ...dcs, ...laterDcs }, change: { kind: 'moved', from: { start: dcs.start, end: dcs.end }, to: laterDcs } }),
    shows: ['Moved in Outlook: ', 'in the calendar of peerreview@shropshire.example, not through Convene', 'Thu 5 Feb, 13:15–14:15', 'Thu 5 Feb, 15:30–16:30', 'their answers are back to pending'],
  },
  {
    name: 'cancelled in Outlook', template: 'outlook-change',
    card: outlookChangeCard({ review, booking: { ...dcs, status: 'cancelled' }, change: { kind: 'cancelled' } }),
    shows: ['Cancelled in Outlook: ', 'cancelled or deleted in the calendar of', 'Thu 5 Feb, 13:15–14:15', 'no longer in the programme'],
  },
];

const themes = review.themes;
const note = (n: number, kind: NoteKind, text: string, ...ids: string[]): Note => ({ id: `note-${n}`, reviewId: demoStored.id, themes: ids, kind, text, day: '2026-02-03' });
const collections = collect(themes, [
  note(1, 'strength', 'Transition plans are clear and start at 14', 'provision'),
  note(2, 'areaForConsideration', 'Transition plans start too late for some young people', 'provision'),
  note(3, 'evidence', 'Audit of 20 EHCPs: most outcomes are specific', 'provision', 'leadership'),
  note(4, 'followUp', 'Ask the SEND Board for its risk register', 'leadership'),
  note(5, 'strength', 'Parents say the local offer is easy to find', 'coproduction'),
]);
const input = { themes: ['provision', 'coproduction'], kind: 'areaForConsideration' as const, text: 'Jo Bloggs (07700 900123) said plans start late.', concern: false };
const redacted = { text: '[name] ([phone]) said plans start late.', counts: { name: 1, phone: 1 } };
const concern: Concern = { id: 'concern-1', reviewId: demoStored.id, author: 'isla.brennan@peers.example', text: 'A child may not be safe at home.', raisedAt: '2026-02-04T15:20:00.000Z' };

const notes: CardSample[] = [
  { name: 'note form', template: 'note', card: noteFormCard({ themes, context: 'prompt-1' }), shows: ['Log a note', 'Co-production with children', 'Area for consideration', 'Preview'] },
  { name: 'note form after a session', template: 'note', card: noteFormCard({ themes, heading: sessionHeading('10:15'), context: 'prompt-1', values: input }), shows: ['Log notes from your 10:15 session'] },
  { name: 'note preview', template: 'note', card: notePreviewCard({ themes, input, redacted, context: 'prompt-1' }), shows: ['[name]', '1 name, 1 phone number removed.', 'Area for consideration', 'Save', 'Edit'] },
  { name: 'note preview, concern', template: 'note', card: notePreviewCard({ themes, input: { ...input, themes: [], concern: true }, redacted, context: '' }), shows: ['Check your concern before sending', 'Send concern'] },
  { name: 'note saved', template: 'note-saved', card: noteSavedCard(themes, { state: 'saved', note: { themes: input.themes, kind: input.kind, text: redacted.text }, token: 'token', joins: { release: { at: '2026-02-03T17:30:00.000Z', kind: 'teamMeeting' }, now: '2026-02-03T11:02:00.000Z', zone: 'Europe/London' } }), shows: ['Note saved', 'It joins the collections by 17:30, the team meeting', 'until the end of today', 'Correct', 'Delete'] },
  { name: 'concern sent', template: 'note-saved', card: noteSavedCard(themes, { state: 'concern', text: concern.text }), shows: ['Concern sent', 'A child may not be safe at home.'] },
  { name: 'themes', template: 'themes', card: themesCard(summarise(collections), review.name, { count: 2, joins: { release: { at: '2026-02-03T17:30:00.000Z', kind: 'teamMeeting' }, now: '2026-02-03T11:02:00.000Z', zone: 'Europe/London' } }), shows: ['2 more notes wait for the next release, by 17:30, the team meeting.', 'Timely support that meets', '3 notes: 1 strength, 1 area for consideration, 1 evidence, 0 follow-ups', 'Little evidence: 2 notes; aim for at least 3'] },
  { name: 'theme', template: 'theme', card: themeCard(collections.find((c) => c.theme.id === 'provision')!), shows: ['3 notes', 'Strengths (1)', 'Follow-ups (0)'] },
  { name: 'concern', template: 'concern', card: concernCard(review, concern), shows: ['Isla Brennan', 'Wed 4 Feb, 15:20'] },
  { name: 'concerns', template: 'concerns', card: concernsCard(review, [concern]), shows: ['Isla Brennan', 'Wed 4 Feb'] },
];

const cases = review.caseReviews!.cases;
const form = blankCaseForm({ reviewId: demoStored.id, caseId: 'C01', sendOfficer: 'Alex Rowan', reviewer: 'Tessa Quill', reviewDate: '2026-01-14' });
const saved: CaseForm = { ...form, childBirthMonth: '2014-03', strengths: 'The child’s voice is clear.', sections: { A: { evaluation: 'Views are clear.', rating: 'good' } } };
const caseForms: CardSample[] = [
  { name: 'case form', template: 'case-form', card: caseFormCard({ reviewName: review.name, form, saved: false, feedbackDate: review.feedbackDate, today: '2026-01-14' }), shows: ['Tessa Quill', '14 January 2026', 'Section K: advice and information', '6 February 2026', 'Save'] },
  { name: 'case form closed', template: 'case-form', card: caseFormCard({ reviewName: review.name, form: saved, saved: true, feedbackDate: review.feedbackDate, today: '2026-02-09' }), shows: ['Closed: the feedback date has passed.', 'March 2014', 'Views are clear.'] },
  { name: 'cases', template: 'cases', card: casesCard({ reviewName: review.name, progress: caseProgress(cases, ['C01', 'C02', 'C03'], [saved]), coverage: sampleCoverage(cases) }), shows: ['0 of 3 forms done.', 'Child of service personnel', 'C05, C14'] },
];

const audience = audienceOf(review, alex);
const shared: CardSample[] = [
  { name: 'help', template: 'help', card: helpCard(audience, helpLines(audience), review.name), shows: ['You are on the project team.', 'schedule case reviews', 'my sessions'] },
  { name: 'notice', template: 'notice', card: noticeCard('Nothing was changed', 'This button is not one Convene knows.'), shows: ['Nothing was changed'] },
];

const nextYear = { ...review, name: 'Shropshire SEND Peer Challenge 2027' };
const reviews: CardSample[] = [
  {
    name: 'a different review', template: 'held-import',
    card: heldImportCard({ held: 'held-1', review: nextYear, current: demoStored, booked: 16 }),
    shows: ['A different review', 'Shropshire SEND Peer Challenge 2027', 'which has 16 sessions booked', 'Import it', 'Import it and cancel 16 sessions', 'every session of Shropshire SEND Peer Challenge 2026 booked now is cancelled', "Don't import"],
  },
  {
    name: 'a different review imported, the other cancelled', template: 'notice',
    card: heldImportedCard({ imported: nextYear, replaced: { review, cancelling: 16 } }),
    shows: ['Imported Shropshire SEND Peer Challenge 2027', "Shropshire SEND Peer Challenge 2026's 16 sessions are being cancelled; their invitees get a cancellation."],
  },
  {
    name: 'reviews', template: 'reviews',
    card: reviewsCard({
      reviews: [
        { id: 'r2', name: nextYear.name, revision: 1, importedAt: '2026-01-20T10:00:00.000Z', timeZone: review.timeZone, booked: 0, current: true, mayChoose: true },
        { id: demoStored.id, name: review.name, revision: 3, importedAt: '2026-01-12T09:30:00.000Z', timeZone: review.timeZone, booked: 16, current: false, mayChoose: true },
      ],
    }),
    shows: ['Convene has 2 reviews.', 'Chat works on this review', 'Revision 3, imported Mon 12 Jan, 09:30 (UK time); 16 sessions booked', 'Work on this review'],
  },
];

export const CARD_SAMPLES: CardSample[] = [...caseReviews, ...revisionChanges, ...onSite, ...invitations, ...notes, ...caseForms, ...shared, ...reviews];
