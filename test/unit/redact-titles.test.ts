import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redaction/redact.js';

/** Ruth Okafor and Gareth Lloyd-Pryce are known to the review; everyone else here is not. */
const KNOWN = ['Ruth Okafor', 'Gareth Lloyd-Pryce'];
const text = (input: string) => redact(input, KNOWN).text;

describe('redact: a title takes the surname after it, known or not', () => {
  it.each([
    // the audit's sentences
    ['The SENCO, Mrs Patel, at Castlefields Primary', 'The SENCO, [name], at [setting]'],
    ['Mr Jones the SENCO at Meole Brace Nursery', '[name] the SENCO at [setting]'],
    ['Dr Okafor-Smith, the designated clinical officer', '[name], the designated clinical officer'],
    // hyphenated, double-barrelled and apostrophe surnames whole
    ['Mrs Lloyd Jones said the service was stretched', '[name] said the service was stretched'],
    ["Mr O'Neill described the post-16 offer", '[name] described the post-16 offer'],
    ['Mr O’Neill agreed', '[name] agreed'],
    ['Mrs Hollingsworth-Grant wrote the plan', '[name] wrote the plan'],
    ['Mrs Al-Amin and Dr. Nguyen', '[name] and [name]'],
    // particles of a surname
    ['Mr van der Merwe and Ms de Souza spoke', '[name] and [name] spoke'],
    // every title, and one in capitals after it
    ['Miss Begum, Prof Adeyemi, Cllr Whitmore, Rev Ellis and Sister Agnes', '[name], [name], [name], [name] and [name]'],
    ['Dr JONES said so', '[name] said so'],
    // possessives keep their ending
    ["Mr Jones's view and Dr Okafor-Smith's report", "[name]'s view and [name]'s report"],
    // a role after the surname is no part of it
    ['Mrs Patel Head of Inclusion said', '[name] Head of Inclusion said'],
  ])('%s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('never leaves the tail of a hyphenated name whose first part is known', () => {
    for (const input of ['Dr Okafor-Smith said', 'Okafor-Smith said', 'Mr Lloyd-Pryce-Evans said', 'Ms Okafor-Smith-Jones']) {
      expect(text(input)).not.toMatch(/\]-\p{L}/u);
    }
    expect(text('Okafor-Smith said')).toBe('[name] said');
  });

  it('takes the longer of the known name and the surname as written', () => {
    expect(text('Mrs Lloyd Jones and Mr Lloyd-Pryce')).toBe('[name] and [name]');
  });

  it('a title-like word in lower case, or before a word in lower case, is no title', () => {
    expect(text('we will miss her; his sister said so; Dr said nothing')).toBe('we will miss her; his sister said so; Dr said nothing');
  });
});
