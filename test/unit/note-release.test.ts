import { describe, expect, it } from 'vitest';
import { nextRelease, releaseDue, releasesOn } from '../../src/domain/notes/index.js';
import { parseReviewFile } from '../../src/domain/review-file/index.js';
import type { Review } from '../../src/domain/shared/index.js';
import { DEMO } from '../support/demo-people.js';

const parsed = parseReviewFile(DEMO);
if (!parsed.ok) throw new Error('the demo review does not parse');
const demo: Review = parsed.value;
const zone = demo.timeZone;

/** Local HH:mm and kind of each release, for reading the tests. */
const local = (review: Review, day: string) =>
  releasesOn(review, day).map((r) => `${new Date(r.at).toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' })} ${r.kind}`);

describe('when held notes join the collections', () => {
  it('on an on-site day: at the start of each team meeting and at the day’s end', () => {
    expect(local(demo, '2026-02-03')).toEqual(['17:30 teamMeeting', '19:00 dayEnd']);
    expect(local(demo, '2026-02-04')).toEqual(['08:30 teamMeeting', '17:15 teamMeeting', '20:30 dayEnd']);
  });

  it('the review’s own times replace them on on-site days', () => {
    expect(local({ ...demo, noteReleases: ['12:30', '16:00'] }, '2026-02-04')).toEqual(['12:30 setting', '16:00 setting']);
  });

  it('a daily team meeting counts on every on-site day; one ending the day is the day’s end', () => {
    const onSite = demo.onSite as { fixed: object[] };
    const daily = { ...demo, onSite: { ...onSite, fixed: [...onSite.fixed, { title: 'Huddle', kind: 'teamMeeting', daily: true, start: '13:00', end: '13:15' }, { title: 'Wrap', kind: 'teamMeeting', date: '2026-02-06', start: '14:30', end: '14:45' }] } };
    expect(local(daily, '2026-02-06')).toEqual(['08:30 teamMeeting', '13:00 teamMeeting', '14:30 dayEnd']);
  });

  it('on any other day: every hour, 23 or 25 of them across the clock change', () => {
    expect(local(demo, '2026-02-10')).toHaveLength(24);
    expect(releasesOn(demo, '2026-03-29')).toHaveLength(23);
    expect(releasesOn(demo, '2026-10-25')).toHaveLength(25);
    expect(local(demo, '2026-10-25').slice(0, 3)).toEqual(['00:00 hourly', '01:00 hourly', '01:00 hourly']);
  });

  it('the next release after a save is what the card tells its author', () => {
    expect(nextRelease(demo, '2026-02-03T10:02:00.000Z')).toEqual({ at: '2026-02-03T17:30:00.000Z', kind: 'teamMeeting' });
    expect(nextRelease(demo, '2026-02-03T17:30:00.000Z')).toEqual({ at: '2026-02-03T19:00:00.000Z', kind: 'dayEnd' });
    expect(nextRelease(demo, '2026-02-03T21:00:00.000Z')).toEqual({ at: '2026-02-04T08:30:00.000Z', kind: 'teamMeeting' });
    expect(nextRelease(demo, '2026-02-10T10:02:00.000Z')).toEqual({ at: '2026-02-10T11:00:00.000Z', kind: 'hourly' });
    // After the last on-site day's end (14:30), the next day's first release: that day has no programme, so midnight.
    expect(nextRelease(demo, '2026-02-06T15:10:00.000Z')).toEqual({ at: '2026-02-07T00:00:00.000Z', kind: 'hourly' });
  });

  it('notes are due out once a release time has passed since the last release, and not again until the next', () => {
    expect(releaseDue(demo, '2026-02-03T10:00:00.000Z', '2026-02-03T17:29:59.000Z')).toBe(false);
    expect(releaseDue(demo, '2026-02-03T10:00:00.000Z', '2026-02-03T17:30:00.000Z')).toBe(true);
    expect(releaseDue(demo, '2026-02-03T17:30:40.000Z', '2026-02-03T18:59:00.000Z')).toBe(false);
    expect(releaseDue(demo, '2026-02-03T17:30:40.000Z', '2026-02-04T07:00:00.000Z')).toBe(true);
    // A release by hand (release notes) at 15:00 does not stop the team meeting's at 17:30.
    expect(releaseDue(demo, '2026-02-03T15:00:00.000Z', '2026-02-03T17:31:00.000Z')).toBe(true);
  });
});
