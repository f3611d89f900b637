import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

const text = (input: string) => redact(input, []).text;

/** A day-and-time expression becomes [time]; a preposition before it stays ("at [time]"). */
describe('redact: days and times', () => {
  it.each([
    // the audit's sentences
    ['The annual review took place at 14:30 on Tuesday in the library.', 'The annual review took place at [time] in the library.'],
    ['The panel met on Monday 2 February at 9:15am and agreed.', 'The panel met on [time] and agreed.'],
    // relative days and parts of a day
    ['This morning the SENCO said it was fine.', '[time] the SENCO said it was fine.'],
    ['We met the team yesterday afternoon.', 'We met the team [time].'],
    ['The focus group is next week; we met earlier this week.', 'The focus group is [time]; we met earlier [time].'],
    ['Last Friday the head sent figures; the tribunal sat two weeks ago.', '[time] the head sent figures; the tribunal sat [time].'],
    ['We are meeting the ICB tomorrow morning.', 'We are meeting the ICB [time].'],
    // days of the month, dates and hours
    ['The panel decided on the 3rd that it would go ahead.', 'The panel decided on [time] that it would go ahead.'],
    ['The review was moved to the 28th; the meeting was the day before yesterday.', 'The review was moved to [time]; the meeting was [time].'],
    ['The appeal was lodged on 3 November 2025.', 'The appeal was lodged on [time].'],
    ['The complaint came on 20/01/2026 and the data on 2026-01-28.', 'The complaint came on [time] and the data on [time].'],
    ['It was agreed at half past nine on Thursday.', 'It was agreed at [time].'],
    ['The bus came at 8:45, the session at 4pm.', 'The bus came at [time], the session at [time].'],
    ["Tuesday's session was busy.", "[time]'s session was busy."],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    // words chrono may read as dates
    'We may need a second session.',
    'Children today need more help now.',
    'He sat at the back, in the sun.',
    // months and years alone, terms, durations, ages, school years
    'In May the council consulted; annual reviews in May and June slip; since September 2024 it improved.',
    'EHCPs should be issued within 20 weeks; 14 weeks is typical; the 20-week timescale was met for 45% of plans.',
    'Three years ago the service started.',
    'Children in Year 9 and Key Stage 2 wait 18 months.',
    'He was 16 at the time; at 16 he moved to college.',
    // habits
    'The team meets every Monday and on Wednesdays; Friday afternoons are hard; one weekend a month.',
    'In the morning the hub is open.',
    'The panel met on the 3rd visit.',
  ])('leaves alone: %s', (input) => {
    expect(text(input)).toBe(input);
  });
});
