import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, policyOf } from '../../src/domain/reminders/index.js';
import { parseReviewFile } from '../../src/domain/review-file/index.js';
import { SMALL_REVIEW } from '../support/small-review.js';

const withReminders = (section: string) => `${SMALL_REVIEW}\nreminders:\n${section}\n`;

const read = (text: string) => {
  const result = parseReviewFile(text);
  if (!result.ok) throw new Error(`${result.message}\n${(result.details ?? []).join('\n')}`);
  return result.value;
};
const problemsOf = (text: string): string[] => {
  const result = parseReviewFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.details ?? [];
};

describe('the review file’s reminders section', () => {
  it('is optional: without it a review has the defaults', () => {
    const review = read(SMALL_REVIEW);
    expect(review.reminders).toBeUndefined();
    expect(policyOf(review)).toEqual({
      noReply: ['PT72H', 'PT24H'],
      joiningDetails: true,
      digest: '08:30',
      workingHours: { start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    });
  });

  it('reads the documented example, hours and ISO 8601 durations alike', () => {
    const review = read(withReminders(`  noReply: [72, PT24H, p2d]
  joiningDetails: false
  digest: "07:45"
  workingHours: { start: "00:00", end: "24:00", days: [mon, tue, wed, thu, fri, sat, sun] }`));
    expect(review.reminders).toEqual({
      noReply: ['PT72H', 'PT24H', 'P2D'],
      joiningDetails: false,
      digest: '07:45',
      workingHours: { start: '00:00', end: '24:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    });
  });

  it('fills every key left out with its default, and takes false for no digest', () => {
    const review = read(withReminders('  digest: false\n  workingHours: { end: "18:00" }'));
    expect(review.reminders).toEqual({ ...DEFAULT_POLICY, digest: false, workingHours: { ...DEFAULT_POLICY.workingHours, end: '18:00' } });
  });

  it('refuses what it cannot read, each problem with its path and what to write instead', () => {
    expect(
      problemsOf(withReminders(`  noReply: [PT0H, soon, -4, P90D]
  joiningDetail: true
  digest: 830
  workingHours: { days: [monday] }`)),
    ).toEqual([
      'reminders.noReply[0]: "PT0H" is not a time before the session: give hours (72) or an ISO 8601 duration ("PT72H", "P3D")',
      'reminders.noReply[1]: "soon" is not a time before the session: give hours (72) or an ISO 8601 duration ("PT72H", "P3D")',
      'reminders.noReply[2]: -4 is not a time before the session: give hours (72) or an ISO 8601 duration ("PT72H", "P3D")',
      'reminders.noReply[3]: is more than 60 days before the session',
      'reminders.digest: write the time in quotes as "HH:mm", e.g. "08:30", or false for no digest',
      'reminders.workingHours.days[0]: "monday" is not one of mon, tue, wed, thu, fri, sat, sun',
      'reminders.joiningDetail: is not a field of the reminders section; did you mean joiningDetails?',
    ]);
  });

  it('refuses working hours that end before they start, and a week without a working day', () => {
    expect(problemsOf(withReminders('  workingHours: { start: "17:00", end: "09:00" }'))).toEqual(['reminders.workingHours.end: 09:00 is not after the start (17:00)']);
    expect(problemsOf(withReminders('  workingHours: { days: [] }'))).toEqual(['reminders.workingHours.days: list at least one day, e.g. [mon, tue, wed, thu, fri]']);
  });
});
