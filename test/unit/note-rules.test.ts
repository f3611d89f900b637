import { describe, expect, it } from 'vitest';
import { namesToRedact, noteDay, noteStillOpen, personalName } from '../../src/domain/note-rules.js';
import type { Review } from '../../src/domain/review.js';

const review = {
  peers: [{ email: 'morgan.hale@peers.example', name: 'Morgan Hale', role: 'teamLead', themes: [] }],
  people: [
    { email: 'lead.member@t.example', name: 'Cllr Rowena Fettiplace (lead member, demo)' },
    { email: 'dcs@t.example', name: "Director of Children's Services (demo)" },
    { email: 'dco@t.example', name: 'Designated Clinical Officer (demo)' },
    { email: 'sendiass@t.example', name: 'SENDIASS (demo)' },
  ],
} as unknown as Review;

describe('the names redaction looks for', () => {
  it('takes everyone the review knows by a personal name, without bracketed notes', () => {
    expect(namesToRedact(review)).toEqual(['Morgan Hale', 'Cllr Rowena Fettiplace']);
  });

  it("adds a session's attendees, naming an unknown one from their email", () => {
    expect(namesToRedact(review, ['jane.smith-jones@x.example', 'info@x.example', 'morgan.hale@peers.example'])).toEqual([
      'Morgan Hale',
      'Cllr Rowena Fettiplace',
      'Jane Smith-Jones',
    ]);
  });

  it.each([
    ["Director of Children's Services", []],
    ['Head of CAMHS', []],
    ['ICB SEND Lead (demo)', []],
    ['Designated Clinical Officer', []],
    ['Siobhán O’Neill', ['Siobhán O’Neill']],
    ['Dr Amara Okafor (paediatrician)', ['Dr Amara Okafor']],
    ['Cher', ['Cher']],
  ])('%s → %j', (name, expected) => {
    expect(personalName(name)).toEqual(expected);
  });
});

describe('the day a note keeps', () => {
  it('is the review-zone day, across midnight and the clock change', () => {
    expect(noteDay('2026-03-28T23:30:00.000Z', 'Europe/London')).toBe('2026-03-28');
    expect(noteDay('2026-03-29T23:30:00.000Z', 'Europe/London')).toBe('2026-03-30');
    expect(noteDay('2026-02-03T23:59:00.000Z', 'Asia/Tokyo')).toBe('2026-02-04');
  });

  it('can be changed only on that day', () => {
    expect(noteStillOpen('2026-03-30', '2026-03-29T23:30:00.000Z', 'Europe/London')).toBe(true);
    expect(noteStillOpen('2026-03-29', '2026-03-29T23:30:00.000Z', 'Europe/London')).toBe(false);
  });
});
