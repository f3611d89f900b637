import { describe, expect, it } from 'vitest';
import { dayWindow, fileBusy, intersectIntervals, isFree, localToUtc, mergeBusy, mergeIntervals, subtractIntervals } from '../../src/domain/shared/intervals.js';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { SMALL_REVIEW } from '../support/small-review.js';

const i = (start: string, end: string) => ({ start: `2026-01-14T${start}:00.000Z`, end: `2026-01-14T${end}:00.000Z` });

describe('interval maths', () => {
  it('merges overlapping and touching intervals without changing its argument', () => {
    const input = [i('11:00', '12:00'), i('09:00', '10:00'), i('10:00', '10:30'), i('11:30', '13:00')];
    const copy = structuredClone(input);
    expect(mergeIntervals(input)).toEqual([i('09:00', '10:30'), i('11:00', '13:00')]);
    expect(input).toEqual(copy);
  });

  it('subtracts busy from free', () => {
    expect(subtractIntervals([i('09:00', '17:00')], [i('10:00', '11:00'), i('16:30', '18:00')])).toEqual([
      i('09:00', '10:00'),
      i('11:00', '16:30'),
    ]);
  });

  it('a slot is free when no busy time overlaps it; touching is not overlapping', () => {
    const busy = [i('10:00', '11:00')];
    expect(isFree(i('09:00', '10:00'), busy)).toBe(true);
    expect(isFree(i('11:00', '12:00'), busy)).toBe(true);
    expect(isFree(i('10:30', '11:30'), busy)).toBe(false);
    expect(isFree(i('09:00', '12:00'), busy)).toBe(false);
    expect(isFree(i('09:00', '12:00'), undefined)).toBe(true);
  });

  it('subtracting nothing, or everything', () => {
    expect(subtractIntervals([i('09:00', '10:00')], [])).toEqual([i('09:00', '10:00')]);
    expect(subtractIntervals([i('09:00', '10:00')], [i('08:00', '11:00')])).toEqual([]);
  });

  it('intersects two people’s free time', () => {
    expect(intersectIntervals([i('09:00', '12:00'), i('14:00', '17:00')], [i('11:00', '15:00')])).toEqual([i('11:00', '12:00'), i('14:00', '15:00')]);
  });
});

describe('local times in Europe/London become exact UTC instants', () => {
  it.each([
    ['2026-01-14T09:00', '2026-01-14T09:00:00.000Z'],
    ['2026-03-27T09:00', '2026-03-27T09:00:00.000Z'],
    ['2026-03-29T00:30', '2026-03-29T00:30:00.000Z'],
    // 01:00 to 02:00 does not happen on 29 March: such a time is read an hour later, in BST.
    ['2026-03-29T01:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T02:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T03:00', '2026-03-29T02:00:00.000Z'],
    ['2026-03-30T09:00', '2026-03-30T08:00:00.000Z'],
    ['2026-10-24T17:00', '2026-10-24T16:00:00.000Z'],
    ['2026-10-25T00:30', '2026-10-24T23:30:00.000Z'],
    // 01:00 to 02:00 happens twice on 25 October: luxon takes the second, in GMT.
    ['2026-10-25T01:30', '2026-10-25T01:30:00.000Z'],
    ['2026-10-25T09:00', '2026-10-25T09:00:00.000Z'],
    ['2026-10-26T17:00', '2026-10-26T17:00:00.000Z'],
  ])('%s is %s', (local, utc) => {
    expect(localToUtc(local, 'Europe/London')).toBe(utc);
  });

  it('a day that ends at 14:00, either side of the spring change', () => {
    expect(dayWindow({ date: '2026-03-27', start: '09:00', end: '14:00' }, 'Europe/London')).toEqual({ start: '2026-03-27T09:00:00.000Z', end: '2026-03-27T14:00:00.000Z' });
    expect(dayWindow({ date: '2026-03-30', start: '09:00', end: '14:00' }, 'Europe/London')).toEqual({ start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T13:00:00.000Z' });
  });

  it('00:00 to 09:00 on the day the clocks go back is ten hours', () => {
    expect(dayWindow({ date: '2026-10-25', start: '00:00', end: '09:00' }, 'Europe/London')).toEqual({ start: '2026-10-24T23:00:00.000Z', end: '2026-10-25T09:00:00.000Z' });
  });

  it('busy times either side of the spring change', () => {
    const review = parseReviewFile(SMALL_REVIEW.replace(
      '    - { start: "2026-01-14T09:00", end: "2026-01-14T10:00" }',
      '    - { start: "2026-03-27T09:00", end: "2026-03-27T10:00" }\n    - { start: "2026-03-30T09:00", end: "2026-03-30T10:00" }',
    ));
    if (!review.ok) throw new Error(review.details?.join('\n'));
    expect(fileBusy(review.value).get('tom.reviewer@peers.example')).toEqual([
      { start: '2026-03-27T09:00:00.000Z', end: '2026-03-27T10:00:00.000Z' },
      { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' },
    ]);
  });

  it('the file’s busy times, merged with a calendar’s', () => {
    const review = parseReviewFile(SMALL_REVIEW);
    if (!review.ok) throw new Error('small review should parse');
    const merged = mergeBusy(fileBusy(review.value), new Map([['tom.reviewer@peers.example', [i('09:30', '11:00')]]]));
    expect(merged.get('tom.reviewer@peers.example')).toEqual([i('09:00', '11:00')]);
  });
});
