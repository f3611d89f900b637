import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redact.js';

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
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    'on 2026-03-29',
    'on 29/03/2026',
    'on 01/02/2026 and 01.02.2026 and 01-02-2026',
    'at 09:30 or 09.30',
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

  it('counts phones and emails, and an email that looks like a number stays one email', () => {
    expect(redact('07700900123@sms.example.org or 07700 900123, 01743 123456', [])).toEqual({
      text: '[email] or [phone], [phone]',
      counts: { name: 0, email: 1, phone: 2 },
    });
  });
});
