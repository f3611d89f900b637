import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { datesAhead, parseReviewFile } from '../../src/domain/review-file/index.js';

const DEMO = readFileSync('examples/shropshire-2026.yaml', 'utf8');

const parsed = (text: string) => {
  const result = parseReviewFile(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('the demo review moved ahead', () => {
  it('starts at least a week after today, on the same weekdays, with nothing else changed', () => {
    const before = parsed(DEMO);
    const after = parsed(datesAhead(DEMO, '2026-12-03'));
    const first = after.caseReviews!.days[0]!.date;
    expect(first >= '2026-12-10').toBe(true);
    expect(first < '2026-12-17').toBe(true);
    const weeks = DateTime.fromISO(first).diff(DateTime.fromISO(before.caseReviews!.days[0]!.date), 'weeks').weeks;
    expect(Number.isInteger(weeks)).toBe(true);
    expect(DateTime.fromISO(first).weekday).toBe(DateTime.fromISO(before.caseReviews!.days[0]!.date).weekday);
    // Busy times (date-times) and the feedback day move with the days; names, people and times of day do not.
    const moved = (d: string) => DateTime.fromISO(d).plus({ weeks }).toISODate();
    expect(after.feedbackDate).toBe(moved(before.feedbackDate!));
    for (const [email, busy] of Object.entries(before.busy)) {
      expect(after.busy[email]!.map((b) => b.start)).toEqual(busy.map((b) => `${moved(b.start.slice(0, 10))}${b.start.slice(10)}`));
    }
    expect({ ...after, caseReviews: undefined, onSite: undefined, busy: undefined, feedbackDate: undefined }).toEqual({
      ...before,
      caseReviews: undefined,
      onSite: undefined,
      busy: undefined,
      feedbackDate: undefined,
    });
  });

  it('leaves a review that is already far enough ahead as it is', () => {
    expect(datesAhead(DEMO, '2025-11-01')).toBe(DEMO);
  });
});
