import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

const REVIEW = [
  'Dr Morgan Hale',
  'Bill Hale',
  'Grace Okafor',
  'Zoë Brontë-Smith',
  "Siobhán O'Neill",
  'Łukasz Nowak',
  'José McDonald',
  'Nguyễn Văn An',
  'James Okoro',
  'May Jones',
  'Will Young',
  'Sam Green',
  'Jo Li',
  'Ann Whale',
  'Ludwig van Beethoven',
];
const text = (input: string, names: readonly string[] = REVIEW) => redact(input, names).text;

describe('redact: names', () => {
  it.each([
    // the examples
    ['Bill said the bill was late', '[name] said the bill was late'],
    ['We paid the bill.', 'We paid the bill.'],
    ['Mr Hale agreed', '[name] agreed'],
    ["Hale's view", "[name]'s view"],
    ['by the grace of God', 'by the grace of God'],
    ['Grace Okafor explained', '[name] explained'],
    ['Okafor', '[name]'],
    ['Dr Morgan Hale', '[name]'],
    // full names, any case and accents
    ['I met morgan hale today', 'I met [name] today'],
    ['GRACE OKAFOR', '[name]'],
    ['Zoe Bronte-Smith said', '[name] said'],
    ['zoë brontë smith said', '[name] said'],
    // a title in the list still matches without it, and any title with the surname
    ['Morgan Hale chaired', '[name] chaired'],
    ['Dr Hale chaired', '[name] chaired'],
    ['Dr. Hale chaired', '[name] chaired'],
    ['Prof Okafor, Cllr Okafor, Mx Okafor, Sir Okafor, Dame Okafor', '[name], [name], [name], [name], [name]'],
    ['Mrs. Jones and Miss Jones', '[name] and [name]'],
    ['Dr Morgan', '[name]'],
    ['M. Hale and M Hale', '[name] and [name]'],
    // a title makes even an ordinary word a name
    ['Mr Young and Ms Green', '[name] and [name]'],
    ['we met Mr. Young', 'we met [name]'],
    // a title-like word that is not capitalised is not a title
    ['we will miss Okafor', 'we will miss [name]'],
    // possessives, both apostrophes, and s-final names
    ['Okafor’s team', '[name]’s team'],
    ['Mr Hale’s view', '[name]’s view'],
    ["James' view", "[name]' view"],
    ["James's view", "[name]'s view"],
    ["O'Neill's office", "[name]'s office"],
    // hyphenated names, each distinctive part alone too
    ['Brontë-Smith agreed', '[name] agreed'],
    ['Ms Smith agreed', '[name] agreed'],
    ['Smith agreed, then Brontë', '[name] agreed, then [name]'],
    ['Zoë Smith agreed', '[name] agreed'],
    ['a Hale-led review', 'a [name]-led review'],
    // Unicode and accents
    ['Siobhan said', '[name] said'],
    ['SIOBHÁN said', '[name] said'],
    ['O’Neill agreed', '[name] agreed'],
    ['Lukasz and Łukasz', '[name] and [name]'],
    ['jose and José', '[name] and [name]'],
    ['Mcdonald and McDonald', '[name] and [name]'],
    ['Nguyen and Nguyễn', '[name] and [name]'],
    ['Zoe\u0308 agreed', '[name] agreed'],
    // particles stay with the surname and are not names alone
    ['Mr van Beethoven and Beethoven', '[name] and [name]'],
    ['from van to car', 'from van to car'],
    ['the van Beethoven archive', 'the [name] archive'],
    // Unicode-aware word boundaries
    ['Annual reports, Hales and Whales', 'Annual reports, Hales and Whales'],
    ['Okaforism', 'Okaforism'],
    ['Ann said', '[name] said'],
    // short parts of known names are not names alone, but are in full names and after a title (a short name
    // alone may still be found as a name the review does not know: "Li and Jo", redact-unknown-names.test.ts)
    ['Jo Li and Mr Li', '[name] and [name]'],
    ['An approach', 'An approach'],
    ['I agreed. A Whale was there', 'I agreed. A [name] was there'],
    ['A. Whale and A Whale', '[name] and A [name]'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('redact: overlapping and neighbouring matches become one placeholder', () => {
  it.each([
    ['Dr Morgan Hale', '[name]'],
    ['Dr. Morgan Hale’s report', '[name]’s report'],
    ['Professor Grace Okafor', '[name]'],
    ['Ms Zoë Brontë-Smith', '[name]'],
    ['Okafor Hale', '[name]'],
    ['Okafor and Hale', '[name] and [name]'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('redact: counts', () => {
  it('counts each placeholder once, by kind', () => {
    expect(redact('Dr Morgan Hale emailed grace@example.org and called 07700 900123; Okafor replied.', REVIEW)).toEqual({
      text: '[name] emailed [email] and called [phone]; [name] replied.',
      counts: { name: 2, email: 1, phone: 1, time: 0, setting: 0 },
    });
  });

  it('counts nothing when there is nothing to take out', () => {
    expect(redact('The team met 20 families in 2026.', REVIEW)).toEqual({ text: 'The team met 20 families in 2026.', counts: { name: 0, email: 0, phone: 0, time: 0, setting: 0 } });
  });
});

describe('redact: stability', () => {
  it.each([
    'Dr Morgan Hale said Okafor’s team emailed grace@example.org and called +44 (0)1743 123456.',
    "Bill said the bill was late; Hale's view; Ms Smith, Siobhán O'Neill.",
  ])('redacting redacted text changes nothing: %s', (input) => {
    const once = redact(input, REVIEW);
    expect(once.text).not.toBe(input);
    expect(redact(once.text, REVIEW)).toEqual({ text: once.text, counts: { name: 0, email: 0, phone: 0, time: 0, setting: 0 } });
  });

  it('leaves placeholders alone even when a name is a placeholder word', () => {
    expect(text('[name] met Name', ['Name Email'])).toBe('[name] met [name]');
  });

  it('names with regex special characters do not crash and still match', () => {
    const names = ['A.* (B+) [C]?', 'Jo$ ^Hale|x', '\\', '', '   ', 'Dr', '((Okafor'];
    expect(text('Okafor saw Hale and A.* (B+)', names)).toBe('[name] saw [name] and A.* (B+)');
  });

  it('an email given as a name is not split into name parts', () => {
    expect(text('morgan met hale', ['morgan.hale@example.org'])).toBe('morgan met hale');
  });

  it('is deterministic and does not change its arguments', () => {
    const names = [...REVIEW];
    const input = 'Bill said Will Young and May Jones met Okafor.';
    expect(redact(input, names)).toEqual(redact(input, names));
    expect(names).toEqual(REVIEW);
  });

  it('keeps the rest of the text intact, characters and all', () => {
    expect(text('Réunion — café ✓ Okafor\u00A0said “ok” 😀')).toBe('Réunion — café ✓ [name]\u00A0said “ok” 😀');
  });
});
