import { describe, expect, it } from 'vitest';
import { CASE_FORM_SECTION_IDS, type CaseForm } from '../../src/domain/case-forms/case-form.js';
import {
  blankCaseForm,
  caseFormEditable,
  caseFormGaps,
  isCaseFormComplete,
  readCaseFormInput,
  type CaseFormPrefill,
} from '../../src/domain/case-forms/case-form-input.js';
import { CASE_FORM_SECTIONS, CATEGORY_LABELS } from '../../src/domain/case-forms/case-form-sections.js';
import { caseProgress, sampleCoverage } from '../../src/domain/case-forms/case-sample.js';
import { CASE_CATEGORIES, type Case } from '../../src/domain/shared/review.js';

const prefilled: CaseFormPrefill = { reviewId: 'r1', caseId: 'C01', sendOfficer: 'Sam Worker', reviewer: 'Rita Reviewer', reviewDate: '2026-01-14' };
const today = '2026-01-14';

/** A complete submission as the card sends it. */
const full = (): Record<string, unknown> => ({
  caseId: 'C01',
  childBirthMonth: '2014-03',
  strengths: 'The child’s voice is clear.',
  areasForConsideration: 'Outcomes are not SMART.',
  ...Object.fromEntries(CASE_FORM_SECTION_IDS.flatMap((id) => [[`evaluation.${id}`, `Section ${id} is fine.`], [`rating.${id}`, 'adequate']])),
});

const complete = (caseId: string): CaseForm => {
  const read = readCaseFormInput(full(), { ...prefilled, caseId }, today);
  if (!read.ok) throw new Error(read.message);
  return read.value;
};

describe('the template wording', () => {
  it('has sections A to K in order, each with a question, and a label for every Appendix 8 category', () => {
    expect(CASE_FORM_SECTIONS.map((s) => s.id)).toEqual([...CASE_FORM_SECTION_IDS]);
    expect(CASE_FORM_SECTIONS.every((s) => s.title.startsWith(`Section ${s.id}:`) && /[?)]$/.test(s.question))).toBe(true);
    expect(CASE_CATEGORIES.every((c) => CATEGORY_LABELS[c].length > 0)).toBe(true);
  });
});

describe('readCaseFormInput', () => {
  it('reads a full submission', () => {
    const read = readCaseFormInput(full(), prefilled, today);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toMatchObject({ ...prefilled, childBirthMonth: '2014-03', strengths: 'The child’s voice is clear.' });
    expect(read.value.sections.K).toEqual({ evaluation: 'Section K is fine.', rating: 'adequate' });
    expect(isCaseFormComplete(read.value)).toBe(true);
  });

  it('takes the identity from the prefilled values, never from the data', () => {
    const forged = { ...full(), caseId: 'C99', reviewId: 'r9', reviewer: 'Mallory', sendOfficer: 'Eve', reviewDate: '2020-01-01' };
    const read = readCaseFormInput(forged, prefilled, today);
    expect(read.ok && read.value).toMatchObject(prefilled);
  });

  it('drops unknown keys, a child’s name among them', () => {
    const read = readCaseFormInput({ ...full(), childName: 'Jamie Example', name: 'Jamie', 'evaluation.Z': 'x' }, prefilled, today);
    expect(read.ok).toBe(true);
    expect(JSON.stringify(read)).not.toMatch(/Jamie|childName|"Z"/);
    const inherited = readCaseFormInput(Object.create({ strengths: 'inherited' }), prefilled, today);
    expect(inherited.ok && inherited.value.strengths).toBe('');
  });

  it('saves a partial form: empty ratings and fields are left out, text is trimmed', () => {
    const read = readCaseFormInput({ caseId: 'C01', strengths: '  Good voice  ', 'rating.A': '', 'evaluation.B': '   ', 'rating.C': 'weak' }, prefilled, today);
    expect(read.ok && read.value).toEqual({ ...blankCaseForm(prefilled), strengths: 'Good voice', sections: { C: { evaluation: '', rating: 'weak' } } });
    expect(read.ok && isCaseFormComplete(read.value)).toBe(false);
  });

  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['a rating not on the list', { 'rating.A': 'excellent' }, /Section A: the rating must be good, adequate or weak \(or left empty\)/],
    ['a rating that is not text', { 'rating.B': ['good'] }, /Section B: the rating/],
    ['an evaluation over 2000 characters', { 'evaluation.C': 'x'.repeat(2001) }, /Section C: the evaluation is 2001 characters long; the most is 2000/],
    ['strengths over 4000 characters', { strengths: 'x'.repeat(4001) }, /Strengths is 4001 characters/],
    ['areas that are not text', { areasForConsideration: { text: 'x' } }, /Areas for consideration must be text/],
    ['a birth month in the future', { childBirthMonth: '2026-02' }, /in the future/],
    ['a birth month before 1990', { childBirthMonth: '1989-12' }, /before 1990/],
    ['a full date of birth', { childBirthMonth: '2015-03-17' }, /keeps the month and year of birth only, never the full date: write it as yyyy-mm.*send \*\*form C01\*\* for a new one/],
    ['a full date written day first', { childBirthMonth: '17/03/2015' }, /never the full date/],
    ['a full timestamp', { childBirthMonth: '2015-03-01T00:00:00Z' }, /never the full date/],
    ['a birth month 13', { childBirthMonth: '2015-13' }, /must be written yyyy-mm, such as 2014-03/],
    ['a month without its zero', { childBirthMonth: '2015-3' }, /must be written yyyy-mm/],
    ['the month before the year', { childBirthMonth: '03-2015' }, /must be written yyyy-mm/],
    ['a birth month as a number', { childBirthMonth: 201503 }, /must be written yyyy-mm/],
  ];
  for (const [name, data, message] of refused) {
    it(`refuses ${name}`, () => {
      const read = readCaseFormInput({ ...full(), ...data }, prefilled, today);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.code).toBe('CASE_FORM.INVALID');
      expect(read.message).toMatch(message);
    });
  }

  it('never repeats a refused date of birth in its answer', () => {
    const read = readCaseFormInput({ ...full(), childBirthMonth: '2015-03-17' }, prefilled, today);
    expect(!read.ok && JSON.stringify(read)).not.toMatch(/2015|17/);
  });

  it('accepts this month and 1990, trimmed', () => {
    for (const [given, kept] of [['2026-01', '2026-01'], [' 2016-02 ', '2016-02'], ['1990-01', '1990-01']]) {
      const read = readCaseFormInput({ childBirthMonth: given }, prefilled, today);
      expect(read.ok && read.value.childBirthMonth).toBe(kept);
    }
  });

  it('lists every problem at once', () => {
    const read = readCaseFormInput({ 'rating.A': 'great', 'rating.K': 'poor', childBirthMonth: '2030-01' }, prefilled, today);
    expect(!read.ok && read.details).toHaveLength(3);
    expect(!read.ok && read.message).toMatch(/future.*Section A.*Section K/);
  });

  it('refuses what is not an object', () => {
    for (const data of [undefined, null, 'text', ['a']]) expect(readCaseFormInput(data, prefilled, today)).toMatchObject({ ok: false, code: 'CASE_FORM.INVALID' });
  });
});

describe('caseFormEditable', () => {
  it('is editable up to and including the feedback date, and always without one', () => {
    expect(caseFormEditable('2026-01-20', '2026-01-14')).toBe(true);
    expect(caseFormEditable('2026-01-20', '2026-01-20')).toBe(true);
    expect(caseFormEditable('2026-01-20', '2026-01-21')).toBe(false);
    expect(caseFormEditable(undefined, '2030-01-01')).toBe(true);
  });
});

describe('completeness', () => {
  it('needs strengths, areas, and an evaluation and a rating in every section', () => {
    const form = complete('C01');
    expect(caseFormGaps(form)).toEqual([]);
    expect(caseFormGaps({ ...form, strengths: ' ' })).toEqual(['strengths']);
    expect(caseFormGaps({ ...form, sections: { ...form.sections, C: { evaluation: 'x' }, F: { evaluation: '', rating: 'good' } } })).toEqual(['section C', 'section F']);
    const { K: _k, ...withoutK } = form.sections;
    expect(isCaseFormComplete({ ...form, sections: withoutK })).toBe(false);
    expect(caseFormGaps(blankCaseForm(prefilled))).toHaveLength(13);
  });
});

const cases: Case[] = [
  { id: 'C01', caseWorker: 'sam@x.example', categories: ['lookedAfter', 'childInNeed'] },
  { id: 'C02', caseWorker: 'sam@x.example', categories: ['lookedAfter'] },
  { id: 'C03', caseWorker: 'sam@x.example', categories: [] },
  { id: 'C04', caseWorker: 'sam@x.example', categories: ['inHospital'] },
];

describe('caseProgress', () => {
  it('counts complete forms of the cases booked and names the booked cases without one', () => {
    const partial = { ...complete('C02'), strengths: '' };
    expect(caseProgress(cases, ['C04', 'C01', 'C02', 'C01', 'C99'], [complete('C01'), partial, complete('C03')])).toEqual({
      booked: 3,
      done: 1,
      missing: ['C02', 'C04'],
    });
  });

  it('is zero of zero before anything is booked', () => {
    expect(caseProgress(cases, [], [])).toEqual({ booked: 0, done: 0, missing: [] });
  });
});

describe('sampleCoverage', () => {
  it('lists the cases in each category and names the categories with none', () => {
    const coverage = sampleCoverage(cases);
    expect(coverage.byCategory.lookedAfter).toEqual(['C01', 'C02']);
    expect(coverage.byCategory.childInNeed).toEqual(['C01']);
    expect(coverage.byCategory.youthJustice).toEqual([]);
    expect(coverage.missing).toEqual(CASE_CATEGORIES.filter((c) => !['lookedAfter', 'childInNeed', 'inHospital'].includes(c)));
  });

  it('misses nothing when every category has a case', () => {
    expect(sampleCoverage([{ id: 'C01', caseWorker: 'x', categories: [...CASE_CATEGORIES] }]).missing).toEqual([]);
    expect(sampleCoverage([]).missing).toEqual([...CASE_CATEGORIES]);
  });
});
