import { describe, expect, it } from 'vitest';
import { alternativeTimes, declineWords, type DeclineWords, type Replacement } from '../../src/domain/declines/index.js';
import type { BookedSession } from '../../src/domain/revisions/index.js';
import { localToUtc } from '../../src/domain/shared/intervals.js';
import type { Review } from '../../src/domain/shared/review.js';
import { interview, smallReview } from '../support/on-site-builder.js';
import { BOOKED, revisionReview } from '../support/revision-builder.js';

const ZONE = 'Europe/London';
const DANA = 'dcs@testshire.example';

/** Interview a with Dana on the first of two on-site days either side of a clock change, Dana busy all that day. */
const acrossTheChange = (first: string, second: string) => {
  const review = smallReview({
    days: [first, second].map((date) => ({ date, start: '09:00', end: '12:00' })),
    sessions: [interview('a', { attendees: [DANA] })],
    busy: { [DANA]: [{ start: `${first}T09:00`, end: `${first}T12:00` }] },
  });
  const session: BookedSession = {
    sessionId: 'a',
    kind: 'interview',
    title: 'Interview a',
    start: localToUtc(`${first}T10:00`, ZONE),
    end: localToUtc(`${first}T11:00`, ZONE),
    attendees: [DANA],
    peers: ['ann@peers.example', 'ben@peers.example'],
    online: false,
  };
  return { review, session };
};

describe('alternative times across the clock changes', () => {
  it.each([
    {
      change: 'March: Friday in GMT, Monday in BST',
      days: ['2026-03-27', '2026-03-30'],
      booked: '2026-03-27T10:00:00.000Z',
      starts: ['2026-03-30T08:00:00.000Z', '2026-03-30T08:15:00.000Z', '2026-03-30T08:30:00.000Z'],
      heading: 'Dana Director declined Interview a, Fri 27 Mar, 10:00–11:00 (UK time).',
      lines: ['Mon 30 Mar, 09:00–10:00 (everyone free)', 'Mon 30 Mar, 09:15–10:15 (everyone free)', 'Mon 30 Mar, 09:30–10:30 (everyone free)'],
    },
    {
      change: 'October: Friday in BST, Monday in GMT',
      days: ['2026-10-23', '2026-10-26'],
      booked: '2026-10-23T09:00:00.000Z',
      starts: ['2026-10-26T09:00:00.000Z', '2026-10-26T09:15:00.000Z', '2026-10-26T09:30:00.000Z'],
      heading: 'Dana Director declined Interview a, Fri 23 Oct, 10:00–11:00 (UK time).',
      lines: ['Mon 26 Oct, 09:00–10:00 (everyone free)', 'Mon 26 Oct, 09:15–10:15 (everyone free)', 'Mon 26 Oct, 09:30–10:30 (everyone free)'],
    },
  ])('$change', ({ days, booked, starts, heading, lines }) => {
    const { review, session } = acrossTheChange(days[0]!, days[1]!);
    expect(session.start).toBe(booked);
    const alternatives = alternativeTimes({ review, booked: [session], sessionId: 'a', busy: new Map(), now: '2026-01-01T00:00:00.000Z' });
    expect(alternatives.map((a) => a.start)).toEqual(starts);
    const words = declineWords({ review, session, decliner: DANA, alternatives, replacements: [] });
    expect(words.heading).toBe(heading);
    expect(words.alternatives).toEqual(lines);
  });
});

const review: Review = {
  ...revisionReview({
    peers: [
      { email: 'ann@peers.example', name: 'Ann Lead', role: 'teamLead', themes: [] },
      { email: 'eve@peers.example', name: 'Eve Ford', role: 'peer', themes: ['provision'] },
      { email: 'fay@peers.example', name: 'Fay Gray', role: 'peer', themes: [] },
      { email: 'gus@peers.example', name: 'Gus Hart', role: 'peer', themes: [] },
    ],
  }),
  themes: [{ id: 'provision', title: 'Provision' }],
};
const DCS = BOOKED.find((b) => b.sessionId === 'dcs')!;
const DCS_HEADING = (who: string) => `${who} declined Meeting with the DCS, Wed 4 Feb, 10:00–11:00 (UK time).`;
const at = (start: string, end: string) => ({ start: `2026-02-04T${start}:00.000Z`, end: `2026-02-04T${end}:00.000Z` });

describe('declineWords', () => {
  it.each<{ name: string; decliner: string; replacements: Replacement[]; alternatives?: { start: string; end: string }[]; words: DeclineWords }>([
    {
      name: 'a peer declined: times and who could stand in, with their themes and their day',
      decliner: 'ann@peers.example',
      alternatives: [at('09:00', '10:00'), at('11:00', '12:00')],
      replacements: [
        { email: 'eve@peers.example', themes: ['provision'], sessionsThatDay: 0 },
        { email: 'fay@peers.example', themes: [], sessionsThatDay: 1 },
        { email: 'gus@peers.example', themes: [], sessionsThatDay: 2 },
      ],
      words: {
        heading: DCS_HEADING('Ann Lead'),
        alternatives: ['Wed 4 Feb, 09:00–10:00 (everyone free)', 'Wed 4 Feb, 11:00–12:00 (everyone free)'],
        replacements: ['Eve Ford (Provision; no other session that day)', 'Fay Gray (1 other session that day)', 'Gus Hart (2 other sessions that day)'],
      },
    },
    {
      name: 'a peer declined and nobody is free then',
      decliner: 'ann@peers.example',
      replacements: [],
      words: {
        heading: DCS_HEADING('Ann Lead'),
        alternatives: ['No other time has everyone free and keeps the rest of the programme where it is.'],
        replacements: ['No other peer can take Ann Lead’s place then.'],
      },
    },
    {
      name: 'someone who is not a peer declined: keep it without them, or cancel it',
      decliner: 'dana@council.example',
      alternatives: [at('11:00', '12:00')],
      replacements: [],
      words: {
        heading: DCS_HEADING('Dana Director'),
        alternatives: ['Wed 4 Feb, 11:00–12:00 (everyone free)'],
        replacements: ['No one else in the review can take Dana Director’s place: keep the session without them, or cancel it.'],
      },
    },
  ])('$name', ({ decliner, replacements, alternatives = [], words }) => {
    const free = [...DCS.peers, ...DCS.attendees];
    expect(declineWords({ review, session: DCS, decliner, alternatives: alternatives.map((a) => ({ ...a, free })), replacements })).toEqual(words);
  });
});
