import { describe, expect, it } from 'vitest';
import { concernsCard } from '../../src/cards/notes/concerns-card.js';
import { helpLines } from '../../src/bot/commands.js';
import { helpCard } from '../../src/cards/shared/help-card.js';
import { FIRST_USER } from '../../src/services/shared/access.js';
import { inviteCard, mySessionsCard } from '../../src/cards/invitations/invite-card.js';
import { proposalCard } from '../../src/cards/proposals/proposal-card.js';
import { statusCard } from '../../src/cards/invitations/status-card.js';
import type { Review } from '../../src/domain/shared/review.js';
import type { Concern } from '../../src/services/ports/evidence-ports.js';
import type { Booking, Invitation, Proposal, StoredReview } from '../../src/services/ports/index.js';
import { cardProblems } from '../support/validate-card.js';
import { noticeCard } from '../../src/cards/shared/notice-card.js';
import { actionsOf, cardText } from '../support/teams-client.js';

const review: Review = {
  name: 'Testshire SEND Peer Challenge',
  timeZone: 'Europe/London',
  organiser: 'peerreview@testshire.example',
  base: 'Town Hall',
  projectTeam: ['alex@testshire.example'],
  themes: [{ id: 'leadership', title: 'Leadership' }],
  peers: [{ email: 'rita@peers.example', name: 'Rita Reviewer', role: 'caseReviewer', themes: [] }],
  people: [{ email: 'sam@testshire.example', name: 'Sam Worker' }],
  busy: {},
};
const stored: StoredReview = { id: 'r1', key: 'r1', revision: 1, review, importedBy: 'alex@testshire.example', importedAt: '2026-01-01T00:00:00.000Z' };
const proposal: Proposal = {
  id: 'p1',
  reviewId: 'r1',
  revision: 1,
  kind: 'caseReviews',
  status: 'proposed',
  createdBy: 'alex@testshire.example',
  plan: {
    placed: [{ caseId: 'C01', reviewer: 'rita@peers.example', caseWorker: 'sam@testshire.example', start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' }],
    unplaced: [{ caseId: 'C02', reason: 'Sam Worker is busy all day.' }],
  },
};
const booking: Booking = {
  id: 'b1', reviewId: 'r1', proposalId: 'p1', sessionId: 'C01', kind: 'caseReview', transactionId: 't1',
  subject: 'Case review C01', start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z',
  attendees: ['rita@peers.example', 'sam@testshire.example'], online: true, status: 'booked', joinUrl: 'https://teams.local.example/meet/1',
};
const invitation: Invitation = { id: 'i1', reviewId: 'r1', bookingId: 'b1', email: 'sam@testshire.example', rsvp: 'pending' };
// Raised at 00:30 on the first day of British Summer Time: the 30th in the review's zone, the 29th in UTC.
const concern: Concern = { id: 'c1', reviewId: 'r1', author: 'rita@peers.example', text: 'A child may be at risk.', raisedAt: '2026-03-29T23:30:00.000Z' };

describe('every card template expands to a valid Adaptive Card 1.5', () => {
  const cards = {
    'proposal (proposed)': proposalCard(review, proposal),
    'proposal (booking)': proposalCard(review, { ...proposal, status: 'booking' }, { total: 1, booked: 0, failed: 0, done: false }),
    'proposal (done)': proposalCard(review, { ...proposal, status: 'booked' }, { total: 1, booked: 1, failed: 0, done: true, cardsSent: 1, withoutCard: ['sam@testshire.example'] }),
    invite: inviteCard(review, booking, invitation),
    'invite (declined)': inviteCard(review, booking, { ...invitation, rsvp: 'declined', reason: 'On leave' }),
    'invite (moved)': inviteCard(review, booking, { ...invitation, movedFrom: { start: '2026-03-27T09:00:00.000Z', end: '2026-03-27T10:00:00.000Z' } }),
    'invite (cancelled)': inviteCard(review, { ...booking, status: 'cancelled' }, invitation),
    status: statusCard({ stored, sessions: [{ booking, invitations: [invitation, { ...invitation, id: 'i2', rsvp: 'declined' }] }], unfinished: undefined }, { now: '2026-03-29T08:00:00.000Z', repliesUrl: 'https://convene.example/reviews/r1/replies' }),
    'my sessions': mySessionsCard({ stored, sessions: [{ booking, invitation }] }),
    help: helpCard(FIRST_USER, helpLines(FIRST_USER), review.name),
    concerns: concernsCard(review, [concern, { ...concern, id: 'c2', author: 'x@elsewhere.example' }], 'Raised before you had a chat with me.'),
    'concerns (none)': concernsCard(review, []),
    notice: noticeCard('Nothing was changed', 'This button is not one Convene knows.'),
  };
  for (const [name, card] of Object.entries(cards)) {
    it(name, () => {
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    });
  }

  it('names an on-site session in status by its title, a case by its id', () => {
    const onSite: Booking = { ...booking, id: 'b2', sessionId: 'dcs', kind: 'interview', subject: 'Meeting with the DCS: Testshire' };
    const text = cardText(statusCard({ stored, sessions: [{ booking, invitations: [invitation] }, { booking: onSite, invitations: [invitation] }], unfinished: undefined }, { now: '2026-03-29T08:00:00.000Z' }));
    expect(text).toContain('Case review C01');
    expect(text).toContain('Meeting with the DCS: Testshire');
    expect(text).not.toMatch(/^dcs$/m);
  });

  it('shows local time in the review zone across the clock change', () => {
    expect(cardText(proposalCard(review, proposal))).toContain('Mon 30 Mar\n');
    expect(cardText(proposalCard(review, proposal))).toContain('09:00–10:00');
    expect(cardText(inviteCard(review, booking, invitation))).toContain('Mon 30 Mar, 09:00–10:00 (UK time)');
  });

  it('names people, lists what could not be placed, and offers only the right buttons', () => {
    const text = cardText(proposalCard(review, proposal));
    expect(text).toContain('Rita Reviewer');
    expect(text).toContain('Sam Worker is busy all day.');
    const booked = proposalCard(review, { ...proposal, status: 'booked' }, { total: 1, booked: 1, failed: 0, done: true });
    expect(booked.actions).toEqual([]);
  });

  it('the invite carries the invitation id and each answer; once answered it says so and offers only a change', () => {
    const pending = actionsOf(inviteCard(review, booking, invitation));
    expect(pending.map((a) => a.data)).toEqual([
      { invitationId: 'i1', answer: 'accepted', view: 'invite' },
      { invitationId: 'i1', answer: 'tentative', view: 'invite' },
      { invitationId: 'i1', answer: 'declined', view: 'invite' },
    ]);
    const card = inviteCard(review, booking, { ...invitation, rsvp: 'accepted' });
    expect(cardText(card)).toContain('You accepted');
    expect(cardText(card)).toContain('With: Rita Reviewer');
    expect(JSON.stringify(card)).toContain('"title":"Change my answer"');
    expect(actionsOf(card).map((a) => a.data.answer)).toEqual(['tentative', 'declined']);
  });

  it('says the project team was told of a decline only when they were', () => {
    const declined = { ...invitation, rsvp: 'declined' as const, reason: 'On leave' };
    expect(cardText(inviteCard(review, booking, declined, { told: 'projectTeamTold' }))).toContain('You declined. The project team has been told: this card will show what they decide.');
    expect(cardText(inviteCard(review, booking, declined, { told: 'nobodyReached' }))).not.toContain('has been told');
    expect(cardText(inviteCard(review, booking, declined))).not.toContain('has been told');
    expect(cardText(inviteCard(review, booking, declined))).toContain('Your reason: On leave');
  });

  it('strikes through the time a session moved from, and asks again for the new one', () => {
    const moved = { ...invitation, movedFrom: { start: '2026-03-27T09:00:00.000Z', end: '2026-03-27T10:00:00.000Z' } };
    const card = inviteCard(review, booking, moved);
    // Friday before the clock change in GMT, the new time on Monday after it in BST.
    expect(cardText(card)).toContain('When: Mon 30 Mar, 09:00–10:00 (UK time)\n');
    expect(cardText(card)).toContain('Moved from \nFri 27 Mar, 09:00–10:00 (UK time)\n');
    expect(cardText(card)).toContain('This session has moved. Can you attend at the new time? Please answer.');
    expect(JSON.stringify(card)).toContain('{"type":"TextRun","text":"Fri 27 Mar, 09:00–10:00 (UK time)","strikethrough":true}');
    expect(actionsOf(card).map((a) => a.data.answer)).toEqual(['accepted', 'tentative', 'declined']);
    expect(cardText(inviteCard(review, booking, { ...moved, rsvp: 'accepted' }))).not.toContain('Moved from');
  });

  it('offers no answer on a cancelled session, nor to someone no longer needed, and says which', () => {
    const cancelled = inviteCard(review, { ...booking, status: 'cancelled' }, { ...invitation, rsvp: 'accepted' });
    expect(cardText(cancelled)).toContain('This session was cancelled.');
    expect(cardText(cancelled)).not.toMatch(/You accepted|Join the Teams meeting/);
    expect(actionsOf(cancelled)).toEqual([]);
    const removed = inviteCard(review, booking, { ...invitation, removedAt: '2026-03-20T10:00:00.000Z' });
    expect(cardText(removed)).toContain('You are no longer needed at this session.');
    expect(cardText(removed)).not.toContain('Please answer');
    expect(actionsOf(removed)).toEqual([]);
  });

  it('names the review once on an invite, and shows the session by its own title', () => {
    const named = { ...booking, subject: `Case review C01: ${review.name}` };
    const text = cardText(inviteCard(review, named, invitation));
    expect(text.split(review.name)).toHaveLength(2);
    expect(text).toContain('Case review C01\n');
  });

  it('lists concerns with who raised them and the day in the review zone, and says when there are none', () => {
    const text = cardText(concernsCard(review, [concern, { ...concern, id: 'c2', author: 'x@elsewhere.example', text: 'Records are kept loosely.' }]));
    expect(text).toContain('Raised by: Rita Reviewer (rita@peers.example)\nDay: Mon 30 Mar\nA child may be at risk.');
    expect(text).toContain('Raised by: x@elsewhere.example (x@elsewhere.example)\nDay: Mon 30 Mar\nRecords are kept loosely.');
    expect(text).not.toMatch(/No concern has been raised/);
    expect(cardText(concernsCard(review, []))).toMatch(/No concern has been raised\./);
  });

  it('flags a card problem the parser reports', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }] })).not.toEqual([]);
  });
});
