import { describe, expect, it } from 'vitest';
import { CONCERN_DEFAULT_KIND, NOTE_TEXT_MAX, findTheme, readNoteDraft, readNoteInput } from '../../src/domain/notes/note-input.js';
import type { Theme } from '../../src/domain/shared/review.js';

const themes: Theme[] = [
  { id: 'leadership', title: 'Leadership' },
  { id: 'sufficiency', title: 'SEND sufficiency' },
  { id: 'adulthood', title: 'Preparing for adulthood' },
  { id: 'ehcp', title: 'EHCP quality' },
  { id: 'local-offer', title: 'Local offer' },
  { id: 'engagement', title: 'Engagement with families' },
];

const valid = { themes: 'leadership,adulthood', kind: 'strength', text: '  Clear plans for transition.  ', concern: 'false' };

const problemsOf = (data: unknown) => {
  const result = readNoteInput(data, themes);
  if (result.ok) throw new Error('expected an error');
  expect(result.code).toBe('NOTE.INVALID');
  return result;
};

describe('readNoteInput', () => {
  it('reads what the card sends: comma-separated themes, the kind, the trimmed text and the toggle', () => {
    expect(readNoteInput(valid, themes)).toEqual({
      ok: true,
      value: { themes: ['leadership', 'adulthood'], kind: 'strength', text: 'Clear plans for transition.', concern: false },
    });
  });

  it('accepts themes as an array, keeps the review order and drops repeats and blanks', () => {
    const result = readNoteInput({ ...valid, themes: ['adulthood', 'leadership', 'adulthood', ' '] }, themes);
    expect(result.ok && result.value.themes).toEqual(['leadership', 'adulthood']);
    const spaced = readNoteInput({ ...valid, themes: ' ehcp , sufficiency ,' }, themes);
    expect(spaced.ok && spaced.value.themes).toEqual(['sufficiency', 'ehcp']);
  });

  it('reads the toggle as a string or a boolean, and off when absent', () => {
    for (const [concern, expected] of [['true', true], [true, true], ['false', false], [false, false], [undefined, false]] as const) {
      const result = readNoteInput({ ...valid, concern }, themes);
      expect(result.ok && result.value.concern).toBe(expected);
    }
    expect(problemsOf({ ...valid, concern: 'yes' }).message).toContain('turn the concern switch on or off');
  });

  it('normalises Windows line ends in the text', () => {
    const result = readNoteInput({ ...valid, text: 'one\r\ntwo' }, themes);
    expect(result.ok && result.value.text).toBe('one\ntwo');
  });

  it('says exactly what to fix, every problem at once', () => {
    const error = problemsOf({ themes: '', kind: '', text: '   ' });
    expect(error.details).toEqual(['choose at least one theme', 'choose a kind (strength, area for consideration, evidence or follow-up)', 'write the note']);
    expect(error.message).toBe('Please choose at least one theme; choose a kind (strength, area for consideration, evidence or follow-up); write the note.');
  });

  it('rejects forged values: a theme of another review, an unknown kind, a non-string text, a non-object', () => {
    expect(problemsOf({ ...valid, themes: 'leadership,finance' }).message).toContain(
      'choose only themes of this review (“finance” is not): Leadership, SEND sufficiency, Preparing for adulthood',
    );
    expect(problemsOf({ ...valid, themes: 'a,b' }).message).toContain('(“a”, “b” are not)');
    expect(problemsOf({ ...valid, themes: [1, 2] }).details).toEqual(['choose the themes from the list']);
    expect(problemsOf({ ...valid, kind: 'praise' }).details).toEqual(['choose a kind: Strength, Area for consideration, Evidence, Follow-up']);
    expect(problemsOf({ ...valid, text: { evil: true } }).details).toEqual(['write the note']);
    expect(problemsOf('themes=leadership').message).toMatch(/nothing I could read/);
    expect(problemsOf(null).message).toMatch(/nothing I could read/);
    expect(problemsOf([valid]).message).toMatch(/nothing I could read/);
  });

  it('shortens a very long forged theme id in the message', () => {
    expect(problemsOf({ ...valid, themes: 'x'.repeat(500) }).message).toContain(`“${'x'.repeat(40)}…”`);
  });

  it('limits the text to 4000 characters after trimming', () => {
    expect(readNoteInput({ ...valid, text: ` ${'a'.repeat(NOTE_TEXT_MAX)} ` }, themes).ok).toBe(true);
    expect(problemsOf({ ...valid, text: 'a'.repeat(NOTE_TEXT_MAX + 1) }).details).toEqual(['shorten the note to 4000 characters (it has 4001)']);
  });

  it('a concern needs no theme and no kind, but still its text', () => {
    expect(readNoteInput({ concern: 'true', text: 'A child said they were hurt.' }, themes)).toEqual({
      ok: true,
      value: { themes: [], kind: CONCERN_DEFAULT_KIND, text: 'A child said they were hurt.', concern: true },
    });
    const withKind = readNoteInput({ concern: true, themes: 'ehcp', kind: 'evidence', text: 'x' }, themes);
    expect(withKind.ok && withKind.value).toEqual({ themes: ['ehcp'], kind: 'evidence', text: 'x', concern: true });
    expect(problemsOf({ concern: 'true', text: '' }).details).toEqual(['write the note']);
    expect(problemsOf({ concern: 'true', text: 'x', themes: 'finance' }).details).toHaveLength(1);
  });
});

describe('readNoteDraft', () => {
  it('keeps what is valid to prefill the form, and never fails', () => {
    expect(readNoteDraft({ themes: 'ehcp,finance', kind: 'praise', text: ' draft ', concern: 'true' }, themes)).toEqual({
      themes: ['ehcp'],
      text: 'draft',
      concern: true,
    });
    expect(readNoteDraft(undefined, themes)).toEqual({ themes: [], concern: false });
    expect(readNoteDraft({ text: 'a'.repeat(5000) }, themes).text).toHaveLength(NOTE_TEXT_MAX);
  });
});

describe('findTheme', () => {
  const found = (name: string) => {
    const result = findTheme(themes, name);
    return result.ok ? result.value.id : result.message;
  };

  it('matches an id or a title whatever the case, spacing or accents', () => {
    expect(found('leadership')).toBe('leadership');
    expect(found('SEND Sufficiency')).toBe('sufficiency');
    expect(found('  preparing   for ADULTHOOD ')).toBe('adulthood');
    expect(found('Léadership')).toBe('leadership');
    expect(found('local-offer')).toBe('local-offer');
  });

  it('matches a unique prefix or a word inside the title', () => {
    expect(found('send')).toBe('sufficiency');
    expect(found('lead')).toBe('leadership');
    expect(found('adulthood')).toBe('adulthood');
    expect(found('ehcp')).toBe('ehcp');
    expect(found('families')).toBe('engagement');
    expect(found('prep adult')).toBe('adulthood');
  });

  it('asks for more when several themes match, and lists the themes when none does', () => {
    expect(found('l')).toBe('“l” could be Leadership or Local offer: send more of the name.');
    expect(found('finance')).toBe(
      'No theme is called “finance”. The themes are: Leadership, SEND sufficiency, Preparing for adulthood, EHCP quality, Local offer, Engagement with families.',
    );
    expect(found('')).toMatch(/^Which theme\? Send \*\*theme\*\* and its name\. The themes are: Leadership/);
    expect(findTheme([], 'x')).toMatchObject({ ok: false, code: 'NOTE.INVALID', message: 'This review has no themes.' });
  });

  it('prefers an exact title to a prefix of a longer one', () => {
    const two: Theme[] = [{ id: 'a', title: 'Send' }, { id: 'b', title: 'SEND sufficiency' }];
    expect(findTheme(two, 'send')).toEqual({ ok: true, value: two[0] });
  });
});
