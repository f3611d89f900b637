import { describe, expect, it } from 'vitest';
import { readOnSite } from '../../src/domain/on-site/index.js';
import { fixedItemId, initials, timetableGrid, type GridRow } from '../../src/domain/programme/index.js';
import type { Review } from '../../src/domain/shared/index.js';
import { handMadePlan, timetableReview } from '../support/timetable-review.js';

const review = timetableReview();
const grid = timetableGrid(review, readOnSite(review), handMadePlan());
/** A row in a line: its time, then the fixed item's title or each stream's session id ('-' when empty). */
const line = (row: GridRow) =>
  `${row.time} ${row.kind === 'fixed' ? row.item.title : row.cells.map((c) => (c.kind === 'session' ? c.id : '-')).join(' | ')}`;

describe('the on-site timetable grid', () => {
  it('has a column per stream and every on-site day, empty or not, in date order', () => {
    expect(grid.streams).toEqual(['Team A', 'Team B']);
    expect(grid.days.map((d) => d.date)).toEqual(['2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31']);
  });

  it('puts bands and fixed items in time order, each session in its stream, an empty cell where a stream is free', () => {
    expect(grid.days.map((d) => d.rows.map(line))).toEqual([
      ['09:00–10:00 Council overview presentation', '10:15–11:15 dcs | icb', '12:30–13:15 Lunch', '13:30–16:00 hub-visit | parents'],
      ['12:30–13:15 Lunch'],
      // After the clock change: 08:00Z is 09:00 in the UK.
      ['09:00–10:30 sencos | -', '12:30–13:15 Lunch'],
      ['12:30–13:15 Lunch'],
    ]);
  });

  it('gives a session its own time and its peers by name and initials', () => {
    const band = grid.days[0]!.rows[3]!;
    expect(band).toMatchObject({ kind: 'band', start: '2026-03-26T13:30:00.000Z', end: '2026-03-26T16:00:00.000Z' });
    expect(band.kind === 'band' && band.cells[0]).toMatchObject({
      kind: 'session',
      id: 'hub-visit',
      title: 'Visit to Oak Hill special school',
      session: { kind: 'siteVisit', travelMinutes: 30 },
      time: '14:00–15:30',
      peers: [
        { email: 'omar.khan@peers.example', name: 'Omar Khan', initials: 'OK' },
        { email: 'siobhan.oneill@peers.example', name: "Siobhán O'Neill", initials: 'SO' },
      ],
    });
  });

  it('gives a fixed item the id its booking uses, and says when every on-site peer is in it', () => {
    const [talk] = grid.days[0]!.rows;
    expect(talk).toMatchObject({ kind: 'fixed', id: 'fixed:2026-03-26T09:00:00.000Z:Council overview presentation', allPeers: true });
    expect(talk?.kind === 'fixed' && talk.attendees).toEqual([{ email: 'director@testshire.example', name: 'Dana Director', initials: 'director@testshire.example' }]);
    expect(fixedItemId({ title: 'Lunch', kind: 'break', start: '2026-03-27T12:30:00.000Z', end: '2026-03-27T13:15:00.000Z', peers: [], attendees: [] })).toBe(
      'fixed:2026-03-27T12:30:00.000Z:Lunch',
    );
  });

  it('shows a session the review no longer describes by its id', () => {
    const plan = handMadePlan();
    plan.placed[0] = { ...plan.placed[0]!, sessionId: 'gone' };
    const cell = timetableGrid(review, readOnSite(review), plan).days[0]!.rows[1]!;
    expect(cell.kind === 'band' && cell.cells[0]).toMatchObject({ kind: 'session', id: 'gone', title: 'gone', session: undefined });
  });

  it('adds a column when the plan uses more streams than the review has', () => {
    const plan = handMadePlan();
    plan.placed[0] = { ...plan.placed[0]!, stream: 'C' };
    expect(timetableGrid(review, readOnSite(review), plan).streams).toEqual(['Team A', 'Team B', 'Team C']);
  });
});

describe('initials', () => {
  const named = (name: string): Review => ({ ...review, peers: [{ email: 'p@peers.example', name, role: 'peer', themes: [] }] });

  it('takes the first letter of each word of a peer’s name, capitalised', () => {
    expect(initials(named('Morgan Hale'), 'p@peers.example')).toBe('MH');
    expect(initials(named('siobhán  de la Cruz'), 'p@peers.example')).toBe('SDLC');
  });

  it('falls back to the email for someone who is not a named peer', () => {
    expect(initials(review, 'director@testshire.example')).toBe('director@testshire.example');
  });
});
