import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

/*
 * The rule for a name part that is also an ordinary word (Bill, Will, May, Grace, Young…), alone:
 * it is a name when capitalised, not followed by another capitalised word, and mid-sentence,
 * possessive, or opening a sentence before a comma, a reporting verb or auxiliary, or an -ed word.
 * A month beside a number or after a time word (in, by, since, the…) is a date.
 */
const NAMES = ['Bill Hale', 'Will Young', 'May Jones', 'Grace Okafor', 'Mark Brown', 'Sam Green', 'Hope Street'];
const text = (input: string) => redact(input, NAMES).text;

describe('redact: ordinary words used as names', () => {
  it.each([
    // Bill vs the bill
    ['Bill said the bill was late', '[name] said the bill was late'],
    ['I sent the bill to Bill', 'I sent the bill to [name]'],
    ['Bill payments were late', 'Bill payments were late'],
    ['Bill, Grace and Hope attended', '[name], [name] and [name] attended'],
    ["Bill's notes", "[name]'s notes"],
    ["the bill's total", "the bill's total"],
    // Will vs will
    ['Will you send it?', 'Will you send it?'],
    ['Will said he will call', '[name] said he will call'],
    ['Will will call', '[name] will call'],
    ['I asked Will.', 'I asked [name].'],
    ['Will I need it?', 'Will I need it?'],
    ['Will Young attended', '[name] attended'],
    // May the month vs May the person
    ['In May we met May.', 'In May we met [name].'],
    ['May said yes.', '[name] said yes.'],
    ['May I ask?', 'May I ask?'],
    ['May we ask?', 'May we ask?'],
    // a day of the month is a time now (redact-times.test.ts); the months alone stay, and none is a name
    ['By 3 May, or May 2026, or since May, or the May visit, or by May.', 'By [time], or May 2026, or since May, or the May visit, or by May.'],
    ['We spoke with May about it.', 'We spoke with [name] about it.'],
    // Grace, Hope, Mark, Young, Green
    ['Grace explained the plan', '[name] explained the plan'],
    ['Grace periods apply', 'Grace periods apply'],
    ['There is hope. Hope remained', 'There is hope. [name] remained'],
    ['Mark the box. Ask Mark.', 'Mark the box. Ask [name].'],
    ['Young people said it helped', 'Young people said it helped'],
    // the school is a setting now (redact-settings.test.ts), but its Green is no name
    ['We met Young at Green Lane School', 'We met [name] at [setting]'],
    ['the green light', 'the green light'],
    ['Mark Brown explained; mark brown envelopes', '[name] explained; mark brown envelopes'],
    ['Hope Street said', '[name] said'],
    // sentence starts after bullets, quotes and new lines
    ['- Will said yes\n• Will you?', '- [name] said yes\n• Will you?'],
    ['"Bill said so," she noted.', '"[name] said so," she noted.'],
    ['Notes:\nMark asked for the report', 'Notes:\n[name] asked for the report'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('a distinctive part is a name in any case and place, a short one only capitalised', () => {
    expect(text('okafor agreed. OKAFOR agreed. Sam agreed; so did SAM, not sam')).toBe('[name] agreed. [name] agreed. [name] agreed; so did [name], not sam');
  });

  it('a proper adjective that is also a surname is a name only in a full name or after a title', () => {
    const names = ['Tom English'];
    expect(redact('English as an additional language; Mr English; Tom English', names).text).toBe(
      'English as an additional language; [name]; [name]',
    );
  });
});
