import { describe, expect, it } from 'vitest';
import { caseFormCard, type CaseFormCardInput } from '../../src/cards/case-forms/case-form-card.js';
import { casesCard } from '../../src/cards/case-forms/cases-card.js';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { CASE_FORM_SECTION_IDS, type CaseForm } from '../../src/domain/case-forms/case-form.js';
import { BIRTH_MONTH_PATTERN, blankCaseForm, readCaseFormInput } from '../../src/domain/case-forms/case-form-input.js';
import { caseProgress, sampleCoverage } from '../../src/domain/case-forms/case-sample.js';
import { CASE_CATEGORIES, type Case } from '../../src/domain/shared/review.js';
import { cardText } from '../support/teams-client.js';
import { cardProblems } from '../support/validate-card.js';

type Node = Record<string, any>;
const nodes = (card: unknown): Node[] => {
  const found: Node[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      found.push(node as Node);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
};
const inputs = (card: unknown) => nodes(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.'));
const input = (card: unknown, id: string) => inputs(card).find((n) => n.id === id);

const blank = blankCaseForm({ reviewId: 'r1', caseId: 'C01', sendOfficer: 'Sam Worker', reviewer: 'Rita Reviewer', reviewDate: '2026-01-14' });
const saved: CaseForm = {
  ...blank,
  childBirthMonth: '2014-03',
  strengths: 'The child’s voice is clear.',
  areasForConsideration: 'Outcomes are vague. Costs ${reviewer}.',
  sections: { A: { evaluation: 'Views are clear.', rating: 'good' }, E: { evaluation: 'Not SMART.', rating: 'weak' } },
};
const base: CaseFormCardInput = { reviewName: 'Testshire SEND Peer Challenge', form: blank, saved: false, feedbackDate: '2026-03-27', today: '2026-01-14' };

describe('the case form card', () => {
  const cards = {
    new: caseFormCard(base),
    saved: caseFormCard({ ...base, form: saved, saved: true }),
    'no feedback date': caseFormCard({ ...base, feedbackDate: undefined }),
    closed: caseFormCard({ ...base, form: saved, saved: true, today: '2026-03-28' }),
  };
  for (const [name, card] of Object.entries(cards)) {
    it(`is a valid Adaptive Card 1.5 (${name})`, () => {
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(/\$\{(?!reviewer\})/);
    });
  }

  it('shows the prefilled identity, the guidance and every section’s question', () => {
    const text = cardText(cards.new);
    for (const fact of ['Case ID: C01', 'SEND officer: Sam Worker', 'LGA reviewer: Rita Reviewer', 'Date of review: 14 January 2026']) expect(text).toContain(fact);
    expect(text).toContain('will this plan make a difference?');
    expect(text).toContain('Is there a photo of the child?');
    expect(text).toContain('Chronically Sick and Disabled Persons Act 1970');
    expect(text).toContain('Section K: advice and information');
    expect(text).toContain('Not saved yet — you can edit until 27 March 2026.');
  });

  it('has the inputs Save submits, and none for a child’s name', () => {
    const ids = inputs(cards.new).map((n) => n.id);
    expect(ids).toEqual([
      'childBirthMonth',
      'strengths',
      'areasForConsideration',
      ...CASE_FORM_SECTION_IDS.flatMap((id) => [`evaluation.${id}`, `rating.${id}`]),
    ]);
    expect(ids.join(' ')).not.toMatch(/name/i);
    expect(inputs(cards.new).map((n) => n.label).join(' ')).not.toMatch(/name(?!\))/i);
    expect(input(cards.new, 'evaluation.C')).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 2000 });
    expect(input(cards.new, 'strengths')).toMatchObject({ isMultiline: true, maxLength: 4000 });
    expect(input(cards.new, 'rating.C')!.choices.map((c: Node) => c.value)).toEqual(['good', 'adequate', 'weak']);
  });

  it('asks for the month and year of birth as yyyy-mm text, never a date with a day', () => {
    expect(inputs(cards.new).filter((n) => n.type === 'Input.Date')).toEqual([]);
    const birth = input(cards.new, 'childBirthMonth')!;
    expect(birth).toMatchObject({ type: 'Input.Text', label: "Child's month and year of birth (yyyy-mm)", maxLength: 7, regex: BIRTH_MONTH_PATTERN });
    expect(birth.errorMessage).toMatch(/month and year only, as yyyy-mm/);
    const pattern = new RegExp(birth.regex);
    for (const accepted of ['2014-03', '2010-12', '1990-01']) expect(pattern.test(accepted), accepted).toBe(true);
    for (const refused of ['2014-03-17', '2014-3', '2014-13', '2014-00', '03/2014', '2014-03 ']) expect(pattern.test(refused), refused).toBe(false);
    // What the card lets through, the server keeps as it is.
    const read = readCaseFormInput({ childBirthMonth: '2014-03' }, base.form, base.today);
    expect(read.ok && read.value.childBirthMonth).toBe('2014-03');
  });

  it('Save is an Action.Execute with the verb and only the case id', () => {
    expect(cards.new.actions).toEqual([
      expect.objectContaining({ type: 'Action.Execute', title: 'Save', verb: VERBS.saveCaseForm, data: { caseId: 'C01' } }),
    ]);
  });

  it('is prefilled with the saved values when editing, and says until when', () => {
    const card = cards.saved;
    expect(input(card, 'childBirthMonth')!.value).toBe('2014-03');
    expect(input(card, 'strengths')!.value).toBe('The child’s voice is clear.');
    expect(input(card, 'areasForConsideration')!.value).toBe('Outcomes are vague. Costs ${reviewer}.');
    expect(input(card, 'evaluation.E')!.value).toBe('Not SMART.');
    expect(input(card, 'rating.E')!.value).toBe('weak');
    expect(input(card, 'rating.B')!.value).toBe('');
    const text = cardText(card);
    expect(text).toContain('Saved — you can edit until 27 March 2026.');
    expect(text).toMatch(/Still to complete: section B, section C, .*section K\./);
  });

  it('can be edited on the feedback date, and without a feedback date', () => {
    expect(caseFormCard({ ...base, today: '2026-03-27' }).actions).toHaveLength(1);
    expect(cardText(cards['no feedback date'])).toContain('Not saved yet — you can edit it later.');
    expect(cards['no feedback date'].actions).toHaveLength(1);
  });

  it('is closed after the feedback date: the answers as text, no inputs, no Save', () => {
    const card = cards.closed;
    expect(card.actions).toEqual([]);
    expect(inputs(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Closed: the feedback date has passed.');
    expect(text).toContain('Child\'s month and year of birth: March 2014');
    expect(text).toContain('Not SMART.');
    expect(text).toContain('Rating: Weak');
  });
});

const cases: Case[] = [
  { id: 'C01', caseWorker: 'sam@x.example', categories: ['lookedAfter', 'childInNeed'] },
  { id: 'C02', caseWorker: 'sam@x.example', categories: ['lookedAfter'] },
  { id: 'C03', caseWorker: 'sam@x.example', categories: ['inHospital'] },
];
const complete: CaseForm = {
  ...saved,
  sections: Object.fromEntries(CASE_FORM_SECTION_IDS.map((id) => [id, { evaluation: 'ok', rating: 'adequate' }])),
};

describe('the cases card', () => {
  const card = casesCard({ reviewName: 'Testshire', progress: caseProgress(cases, ['C01', 'C02'], [complete]), coverage: sampleCoverage(cases) });

  it('is a valid Adaptive Card 1.5', () => {
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
  });

  it('shows progress, the cases without a form, the coverage and the missing categories', () => {
    const text = cardText(card);
    expect(text).toContain('1 of 2 forms done.');
    expect(text).toMatch(/Cases without a complete form\n- C02/);
    expect(text).toMatch(/Looked after\/care leaver\nC01, C02/);
    expect(text).toMatch(/Child in hospital\nC03/);
    expect(text).toMatch(/Child of service personnel\nnone yet/);
    expect(text).toContain('No case yet for: Missing from education or home educated;');
    expect(text).toContain('Child of service personnel. Appendix 8 asks for at least one EHCP in each category.');
    expect(text).not.toMatch(/No case yet for:.*Child in need/);
  });

  it('says when nothing is booked and when every category is covered', () => {
    const all: Case[] = [{ id: 'C01', caseWorker: 'x', categories: [...CASE_CATEGORIES] }];
    const text = cardText(casesCard({ reviewName: 'Testshire', progress: caseProgress(all, [], []), coverage: sampleCoverage(all) }));
    expect(text).toContain('No case reviews are booked yet.');
    expect(text).toContain('Every Appendix 8 category has at least one case.');
    expect(text).not.toContain('forms done');
  });
});
