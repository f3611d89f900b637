import { describe, expect, it } from 'vitest';
import { personalName } from '../../src/domain/redaction/personal-name.js';
import { redact } from '../../src/domain/redaction/redact.js';

/** Entries as a review file writes them, through the same reading the service does. */
const ENTRIES = [
  'Sarah JONES',
  'Kemi Adeyemo OBE',
  'Tom Head',
  'Amy Lead',
  'Emma Service',
  'Dev Ashdown',
  'Will Lead',
  'Ian Marsh, Head of SEND',
  'ICB SEND Lead (demo)',
  'Parent Carer Forum (demo)',
  'Head of CAMHS (demo)',
];
const text = (input: string) => redact(input, ENTRIES.flatMap(personalName)).text;

describe('redact: people the audit found never redacted', () => {
  it.each([
    ['Sarah Jones said so', '[name] said so'],
    ['SARAH JONES said so', '[name] said so'],
    ['Ms Jones and JONES agreed', '[name] and [name] agreed'],
    ['Kemi Adeyemo OBE chaired', '[name] OBE chaired'],
    ['Kemi Adeyemo chaired; Adeyemo agreed', '[name] chaired; [name] agreed'],
    ['Tom Head explained', '[name] explained'],
    ['Mr Head explained', '[name] explained'],
    ['Amy Lead and Emma Service met', '[name] and [name] met'],
    ['Ms Lead, Dr Service', '[name], [name]'],
    ['Ian Marsh explained', '[name] explained'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('redact: role words stay words', () => {
  it.each([
    // a role word in someone's surname is redacted alone only after a title
    'The SEND Lead agreed to lead the review.',
    'Our Service said the service was stretched.',
    'The head of service and the Head agreed.',
    'She will lead the panel; the lead member is not here.',
    'the ICB SEND Lead and the Parent Carer Forum attended',
    'The parent carer forum meets monthly.',
    'Head of CAMHS attended.',
  ])('%s', (input) => {
    expect(text(input)).toBe(input);
  });

  it('a phrase of role and ordinary words needs its capitals: "will lead" stays, "Will Lead" goes', () => {
    expect(text('She will lead it. Will Lead agreed.')).toBe('She will lead it. [name] agreed.');
  });
});

describe('redact: short first names', () => {
  it.each([
    ['the dev team', 'the dev team'],
    ['dev and test environments', 'dev and test environments'],
    ['Dev said yes', '[name] said yes'],
    ['we asked Dev.', 'we asked [name].'],
    ["Dev's view", "[name]'s view"],
    ['DEV agreed', '[name] agreed'],
    ['dev ashdown agreed', '[name] agreed'],
    ['Ashdown and ashdown', '[name] and [name]'],
    ['Tom agreed with tom', '[name] agreed with tom'],
    ['Amy and amy', '[name] and amy'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('a short name that is a word, at the start of a sentence, needs a verb after it to be a name', () => {
    expect(text('Dev team met on Monday. Dev asked for more.')).toBe('Dev team met on [time]. [name] asked for more.');
  });
});
