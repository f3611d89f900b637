import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

const text = (input: string) => redact(input, []).text;

describe('redact: email addresses', () => {
  it.each([
    ['write to morgan.hale@example.org today', 'write to [email] today'],
    ['morgan+send@example.org', '[email]'],
    ['a.b-c_d@mail.council.gov.uk.', '[email].'],
    ['(MORGAN@EXAMPLE.ORG)', '([email])'],
    ['zoë@exämple.org', '[email]'],
    ['<x@y.co>, y@z.io', '<[email]>, [email]'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each(['@channel', 'a@b', 'user@localhost', 'x@y.z', 'the @ sign'])('not an address: %s', (input) => {
    expect(text(input)).toBe(input);
  });
});

describe('redact: UK phone numbers', () => {
  it.each([
    ['07700 900123', '[phone]'],
    ['07700-900-123', '[phone]'],
    ['07700900123', '[phone]'],
    ['+44 7700 900123', '[phone]'],
    ['+447700900123', '[phone]'],
    ['+44 (0)1743 123456', '[phone]'],
    ['(01743) 123456', '[phone]'],
    ['01743 123 456', '[phone]'],
    ['0800 123 4567', '[phone]'],
    ['020 7946 0000', '[phone]'],
    ['07700.900.123', '[phone]'],
    ['call 07700 900123.', 'call [phone].'],
    ['call 07700 900123 10 times', 'call [phone] 10 times'],
    ['(tel: 0800 123 4567)', '(tel: [phone])'],
    // straight after a label
    ['Tel:01743 252525', 'Tel:[phone]'],
    ['Mob:07700900123', 'Mob:[phone]'],
    ['Tel.07700 900123', 'Tel.[phone]'],
    ['phone/07700 900123', 'phone/[phone]'],
    ['Tel:+44 7700 900123', 'Tel:[phone]'],
    ['M: 07700 900123 / T: 01743 252525', 'M: [phone] / T: [phone]'],
    // one number straight after another
    ['07700900123/07700900124', '[phone]/[phone]'],
    ['07700 900123/01743 252525.', '[phone]/[phone].'],
    // +44 and 0044, with the trunk 0 written or not
    ['0044 7700 900123', '[phone]'],
    ['00447700900123', '[phone]'],
    ['0044 (0)1743 252525', '[phone]'],
    ['+44 07700 900123', '[phone]'],
    ['+ 44 7700 900123', '[phone]'],
    ['call +447700900123 10 times', 'call [phone] 10 times'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    '20 cases in 2026',
    'case C01 and C0123456789',
    '0.5 FTE',
    '07700 900',
    '0123456789012345',
    '06700 900123',
    'ref 2026 0770 0900',
  ])('not a phone number: %s', (input) => {
    expect(text(input)).toBe(input);
  });

  it.each([
    ['+353 1 234 5678', '[phone]'],
    ['+1 (212) 555-0100', '[phone]'],
    ['+1 212 555 0100', '[phone]'],
    ['+1-212-555-0100', '[phone]'],
    ['+33 1 23 45 67 89', '[phone]'],
    ['+49 (0)30 1234 5678', '[phone]'],
    ['+4930123456789', '[phone]'],
    ['00353 1 234 5678', '[phone]'],
    ['+354 555 1234', '[phone]'],
    ['ring +353 1 234 5678 about 3 cases', 'ring [phone] about 3 cases'],
    ['(+353 1 234 5678)', '([phone])'],
  ])('another country’s number: %s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  // Dates and times are taken out as times now (redact-times.test.ts): what matters here is that none is a phone.
  it.each([
    'on 2026-03-29',
    'on 29/03/2026',
    'on 01/02/2026 and 01.02.2026 and 01-02-2026',
    'at 09:30 or 09.30',
    'at 09:30, 9:30am, 00:30 or 10:05',
    'on 12/03/2026, 12/03/26, 03/2026 or 2026/27',
    'on 12.03.2026 and 2026-03-12T09:30',
    'ratio 1:10, 10/10, 0/16',
    'ages 0-5 and 00:00',
  ])('a date or a time, not a phone number: %s', (input) => {
    expect(redact(input, []).counts.phone).toBe(0);
    expect(text(input)).not.toContain('[phone]');
  });

  it.each([
    '3 of 16 cases',
    '20 cases in 2026 and 2027',
    'a budget of £1,250,000 or £1 250 000, up 0.5%',
    '45% and +5% and +20 cases and +2.5 points',
    '+12%, +100 or +1,250,000',
    'C01 to C16, ref:C0123456789',
    'v2.0.1 of the plan',
    '0 to 25 year olds, 0-25',
    'sessions 0930-1030 and 0900 1000 1100',
    '+44 7700',
    '+353 12',
    '+1234567890123456',
    '0044 12',
  ])('not a phone number: %s', (input) => {
    expect(text(input)).toBe(input);
  });

  it('counts phones and emails, and an email that looks like a number stays one email', () => {
    expect(redact('07700900123@sms.example.org or 07700 900123, 01743 123456', [])).toEqual({
      text: '[email] or [phone], [phone]',
      counts: { name: 0, email: 1, phone: 2, time: 0, setting: 0 },
    });
  });
});
