import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

/** The review's own settings, as settingsToRedact gives them. */
const SETTINGS = ['Castlefields Primary', 'Meole Brace Nursery', 'Severn Academy'];
const text = (input: string, settings: readonly string[] = SETTINGS) => redact(input, [], settings).text;

describe('redact: named settings', () => {
  it.each([
    // the audit's sentences
    ['The SENCO at Castlefields Primary said so.', 'The SENCO at [setting] said so.'],
    ['Mr Jones the SENCO at Meole Brace Nursery', '[name] the SENCO at [setting]'],
    // by the shape of the name, known or not; an article before it stays
    ["Staff at St Mary's C of E Primary School said so.", 'Staff at [setting] said so.'],
    ['The Priory School has a sixth form; teachers at The Grange School agreed.', 'The [setting] has a sixth form; teachers at The [setting] agreed.'],
    ['Thomas Telford School and Mary Webb School and Science College', '[setting] and [setting]'],
    ['the SENCO of Trinity Junior School and Lakeside Pupil Referral Unit', 'the SENCO of [setting] and [setting]'],
    ['Walford and North Shropshire College', '[setting]'],
    ['Marden Medical Practice and Riverside Health Centre', '[setting] and [setting]'],
    ["Wrekin View Children's Centre and the Oswestry Family Hub", '[setting] and the [setting]'],
    ["Kingsland Primary Academy's headteacher said", "[setting]'s headteacher said"],
    // a place after the setting word; a kind of setting in lower case after its name stays
    ['Young people at New College Telford said so.', 'Young people at [setting] said so.'],
    ["Rose Cottage respite unit closed; Oak Lodge children's home opened.", "[setting] respite unit closed; [setting] children's home opened."],
    // the review's own, also by their names alone and in any case
    ['The Castlefields Primary SENCO described it.', 'The [setting] SENCO described it.'],
    ['We visited Castlefields and Meole Brace.', 'We visited [setting] and [setting].'],
    ["Severn Academy's head said", "[setting]'s head said"],
    ['castlefields primary said', '[setting] said'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    'The primary school SENCOs feel isolated.',
    'A special school head said they are full; the nursery said funding is too small.',
    'The Virtual School Head said so.',
    'Forest School sessions help.',
    'Children attend the Child Development Centre.',
    'The SEND Code of Practice and the Home to School Transport policy.',
    'The Multi-Agency Safeguarding Hub and the Autism Hub.',
    'The School Nursing Service covers special schools.',
    'Shropshire Primary Heads met.',
  ])('leaves alone: %s', (input) => {
    expect(text(input, [])).toBe(input);
  });
});

describe('redact: the new kinds together', () => {
  const input = 'Mrs Patel told us at 10am on Tuesday that her son Jayden left Sundorne Primary School.';

  it('counts each kind, and placeholders are left alone when redacting again', () => {
    const once = redact(input, []);
    expect(once).toEqual({
      text: '[name] told us at [time] that her son [name] left [setting].',
      counts: { name: 2, email: 0, phone: 0, time: 1, setting: 1 },
    });
    expect(redact(once.text, [], SETTINGS)).toEqual({ text: once.text, counts: { name: 0, email: 0, phone: 0, time: 0, setting: 0 } });
  });
});
