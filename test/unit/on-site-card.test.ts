import { describe, expect, it } from 'vitest';
import { CARD_BYTES, onSiteProposalCard, onSiteProposalCards } from '../../src/cards/proposals/on-site-proposal-card.js';
import { cardForProposal } from '../../src/cards/proposals/proposal-card-for.js';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OnSitePlan, PlacedSession } from '../../src/domain/on-site/on-site.js';
import type { Review } from '../../src/domain/shared/review.js';
import type { OnSiteProposal } from '../../src/services/ports/index.js';
import { cardText } from '../support/teams-client.js';
import { cardProblems } from '../support/validate-card.js';

const review: Review = {
  name: 'Testshire SEND Peer Challenge',
  timeZone: 'Europe/London',
  organiser: 'peerreview@testshire.example',
  base: 'Town Hall',
  projectTeam: ['alex@testshire.example'],
  themes: [
    { id: 'leadership', title: 'Leadership' },
    { id: 'coproduction', title: 'Co-production' },
  ],
  peers: [
    { email: 'rita@peers.example', name: 'Rita Reviewer', role: 'peer', themes: [] },
    { email: 'tom@peers.example', name: 'Tom Baker', role: 'teamLead', themes: [] },
  ],
  people: [],
  busy: {},
  onSite: {
    streams: 2,
    days: [
      { date: '2026-03-27', start: '09:00', end: '17:00' },
      { date: '2026-03-30', start: '09:00', end: '17:00' },
    ],
    fixed: [{ title: 'Lunch', kind: 'break', daily: true, start: '12:30', end: '13:15', allPeers: true }],
    sessions: [
      { id: 'dcs', title: 'Meeting with the DCS', kind: 'interview', attendees: ['dcs@testshire.example'], themes: ['leadership'] },
      { id: 'visit', title: 'Visit to a special school', kind: 'siteVisit', minutes: 60, travelMinutes: 15, attendees: [], themes: [] },
      { id: 'parents', title: 'Focus group with parent carers', kind: 'focusGroup', attendees: ['pcf@testshire.example'], themes: ['coproduction'] },
    ],
  },
};

const session = (sessionId: string, stream: string, band: [string, string], time: [string, string]): PlacedSession => ({
  sessionId,
  stream,
  band: { start: band[0], end: band[1] },
  start: time[0],
  end: time[1],
  peers: ['rita@peers.example', 'tom@peers.example'],
});

const plan: OnSitePlan = {
  // Friday 27 March is GMT; Monday 30 March is BST, after the clock change.
  placed: [
    session('dcs', 'A', ['2026-03-27T09:00:00.000Z', '2026-03-27T10:30:00.000Z'], ['2026-03-27T09:00:00.000Z', '2026-03-27T10:00:00.000Z']),
    session('visit', 'B', ['2026-03-27T09:00:00.000Z', '2026-03-27T10:30:00.000Z'], ['2026-03-27T09:15:00.000Z', '2026-03-27T10:15:00.000Z']),
  ],
  fixed: [
    { title: 'Lunch', kind: 'break', start: '2026-03-27T12:30:00.000Z', end: '2026-03-27T13:15:00.000Z', peers: [], attendees: [] },
    { title: 'Lunch', kind: 'break', start: '2026-03-30T11:30:00.000Z', end: '2026-03-30T12:15:00.000Z', peers: [], attendees: [] },
  ],
  unplaced: [{ sessionId: 'parents', reason: 'The parent carers are busy on every day of the week.' }],
  coverage: {
    themesUncovered: ['coproduction'],
    essentialVisits: [
      { need: 'Special school', settings: ['specialSchool'], present: true },
      { need: 'FE college', settings: ['fe'], present: false },
    ],
  },
};

const proposal: OnSiteProposal = { id: 'p1', reviewId: 'r1', revision: 1, kind: 'onSite', status: 'proposed', createdBy: 'alex@testshire.example', plan };

describe('the on-site proposal card', () => {
  const states = {
    proposed: onSiteProposalCards(review, proposal),
    booking: onSiteProposalCards(review, { ...proposal, status: 'booking' }, { total: 2, booked: 1, failed: 0, done: false }),
    'done with failures': onSiteProposalCards(review, { ...proposal, status: 'booking' }, { total: 2, booked: 1, failed: 1, done: true, notBooked: ['visit'], cardsSent: 2, withoutCard: ['dcs@testshire.example'] }),
    cancelled: onSiteProposalCards(review, { ...proposal, status: 'cancelled' }),
  };
  for (const [name, cards] of Object.entries(states)) {
    it(`is a valid Adaptive Card 1.5 when ${name}`, () => {
      for (const card of cards) {
        expect(cardProblems(card)).toEqual([]);
        expect(JSON.stringify(card)).not.toMatch(/\$\{/);
      }
    });
  }

  it('has a table per day: band rows with local times, stream columns, titles and peers’ initials', () => {
    const [card] = states.proposed;
    const text = cardText(card);
    expect(text).toContain('Friday 27 March');
    expect(text).toContain('Monday 30 March');
    expect(text).toMatch(/Time\nTeam A\nTeam B\n09:00–10:30\nMeeting with the DCS \(RR, TB\)\nVisit to a special school \(RR, TB\) · on site 09:15–10:15/);
    expect(text).toContain('**12:30–13:15** · Lunch');
    // After the clock change 11:30 UTC is 12:30 in London.
    expect(text).toMatch(/Monday 30 March\n\*\*12:30–13:15\*\* · Lunch/);
    expect(JSON.stringify(card).match(/"type":"Table"/g)).toHaveLength(1);
  });

  it('lists what could not be placed and the coverage, without blocking Confirm', () => {
    const [card] = states.proposed;
    const text = cardText(card);
    expect(text).toContain('**Focus group with parent carers**: The parent carers are busy on every day of the week.');
    expect(text).toContain('Themes with no session: Co-production.');
    expect(text).toContain('Essential site visits missing: FE college.');
    expect((card!.actions as { verb: string; title: string }[]).map((a) => [a.verb, a.title])).toEqual([
      [VERBS.confirmProposal, 'Confirm and book 2 events'],
      [VERBS.cancelProposal, 'Cancel'],
    ]);
  });

  it('shows progress while booking and, when done, what is booked, what is not, and who has no card', () => {
    expect(cardText(states.booking[0])).toContain('Booked 1 of 2 calendar events…');
    expect(states.booking[0]!.actions).toEqual([]);
    const done = cardText(states['done with failures'][0]);
    expect(done).toContain('Booked 1 of 2 calendar events. 1 could not be booked; press Finish booking');
    expect(done).toContain('Not booked yet: Visit to a special school.');
    expect(done).toContain('dcs@testshire.example has the calendar invitation only');
    expect((states['done with failures'][0]!.actions as { title: string }[]).map((a) => a.title)).toEqual(['Finish booking']);
    expect(cardText(cardForProposal(review, { ...proposal, status: 'cancelled' }))).toContain('Cancelled: nothing was booked.');
  });

  it('splits a week too big for one Teams card into a card per day and a summary holding the buttons', () => {
    const days = Array.from({ length: 5 }, (_, d) => `2026-06-${String(15 + d).padStart(2, '0')}`);
    const titles = Array.from({ length: 150 }, (_, n) => ({ id: `s${n}`, title: `A rather long session title number ${n} to fill the card`, kind: 'interview', attendees: [], themes: [] }));
    const big: Review = { ...review, onSite: { streams: 6, days: days.map((date) => ({ date, start: '08:00', end: '18:00' })), fixed: [], sessions: titles } };
    const placed = titles.map((t, n) => {
      const day = days[Math.floor(n / 30)]!;
      const hour = 8 + Math.floor((n % 30) / 6);
      const at = (h: number) => `${day}T${String(h - 1).padStart(2, '0')}:00:00.000Z`;
      return session(t.id, String.fromCharCode(65 + (n % 6)), [at(hour), at(hour + 1)], [at(hour), at(hour + 1)]);
    });
    const cards = onSiteProposalCards(big, { ...proposal, plan: { ...plan, placed, fixed: [], unplaced: [] } });

    expect(cards).toHaveLength(6);
    for (const card of cards) {
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_BYTES);
      expect(cardProblems(card)).toEqual([]);
    }
    expect(cardText(cards[0])).toContain('On-site programme: Monday 15 June');
    expect(cardText(cards[0])).toContain('Team F');
    expect(cards.slice(0, 5).every((card) => (card.actions as unknown[]).length === 0)).toBe(true);
    const summary = cards[5]!;
    expect(cardText(summary)).toContain('The timetable is in the 5 cards above');
    expect(cardText(summary)).toContain('150 of 150 sessions placed');
    expect(JSON.stringify(summary)).not.toContain('"type":"Table"');
    expect((summary.actions as { verb: string }[]).map((a) => a.verb)).toEqual([VERBS.confirmProposal, VERBS.cancelProposal]);
    expect(onSiteProposalCard(big, { ...proposal, plan: { ...plan, placed, fixed: [], unplaced: [] } })).toEqual(summary);
  });
});
