import { describe, expect, it } from 'vitest';
import { namesToRedact, noteDay, noteStillOpen, settingsToRedact } from '../../src/domain/notes/note-rules.js';
import type { Review } from '../../src/domain/shared/review.js';

const review = {
  projectTeam: [],
  busy: {},
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

  it('adds attendees, naming an unknown one from their email, a role mailbox not at all', () => {
    expect(namesToRedact(review, ['jane.smith-jones@x.example', 'info@x.example', 'send.team@x.example', 'MORGAN.HALE@peers.example'])).toEqual([
      'Morgan Hale',
      'Cllr Rowena Fettiplace',
      'Jane Smith-Jones',
    ]);
  });

  it('adds the project team, case workers and on-site attendees the file knows only by email', () => {
    const full = {
      ...review,
      projectTeam: ['alex.rowan@t.example', 'morgan.hale@peers.example'],
      caseReviews: { days: [], minutes: 60, cases: [{ id: 'C01', caseWorker: 'wilf.ogden@t.example', categories: [] }] },
      onSite: {
        days: [],
        fixed: [{ title: 'Welcome', kind: 'presentation', date: '2026-02-03', start: '09:00', end: '10:00', attendees: ['nia.brook@t.example'] }],
        sessions: [{ id: 's1', title: 'Panel', kind: 'interview', attendees: ['dcs@t.example', 'ola.quaye@t.example'] }],
      },
    } as unknown as Review;
    expect(namesToRedact(full)).toEqual(['Morgan Hale', 'Cllr Rowena Fettiplace', 'Alex Rowan', 'Wilf Ogden', 'Nia Brook', 'Ola Quaye']);
  });

  it('names the holder of a role from a personal address, never from a role mailbox', () => {
    const roles = {
      ...review,
      people: [
        { email: 'jane.smith@t.example', name: 'Head of CAMHS (demo)' },
        { email: 'send.lead@icb.example', name: 'ICB SEND Lead (demo)' },
        { email: 'director.childrens@t.example', name: "Director of Children's Services" },
        { email: 'autism.outreach@t.example', name: 'Autism Outreach lead' },
        { email: 'kemi.adeyemo@t.example', name: 'Kemi Adeyemo OBE' },
      ],
    } as unknown as Review;
    expect(namesToRedact(roles)).toEqual(['Morgan Hale', 'Jane Smith', 'Kemi Adeyemo']);
  });

  it('gives each name once', () => {
    expect(namesToRedact(review, ['morgan.hale@peers.example', 'morgan.hale@other.example'])).toEqual(['Morgan Hale', 'Cllr Rowena Fettiplace']);
  });
});

describe('the settings redaction looks for', () => {
  const withLocations = (base: string, locations: (string | undefined)[]) =>
    ({
      ...review,
      base,
      onSite: {
        days: [],
        fixed: [{ title: 'Welcome', kind: 'presentation', date: '2026-02-03', start: '09:00', end: '10:00', location: locations[0] }],
        sessions: locations.slice(1).map((location, i) => ({ id: `s${i}`, title: 'Visit', kind: 'siteVisit', minutes: 60, location })),
      },
    }) as unknown as Review;

  it('takes the locations of sessions and fixed items, without bracketed notes or the address after a comma', () => {
    const review = withLocations('Guildhall, Frankwell Quay, Shrewsbury', [
      'Wrekin View Children’s Centre',
      'Meole Brace Nursery (demo)',
      'Sundorne School, Corndon Crescent, Shrewsbury',
      undefined,
      'Meole Brace Nursery (demo)',
    ]);
    expect(settingsToRedact(review)).toEqual(['Wrekin View Children’s Centre', 'Meole Brace Nursery', 'Sundorne School']);
  });

  it('leaves out the review’s base, and locations with no name in them', () => {
    expect(settingsToRedact(withLocations('Guildhall, Frankwell Quay, Shrewsbury', ['Guildhall', '(online)', '  ', 'Castlefields Primary']))).toEqual([
      'Castlefields Primary',
    ]);
  });

  it('is empty for a review with no on-site part', () => {
    expect(settingsToRedact(review)).toEqual([]);
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
