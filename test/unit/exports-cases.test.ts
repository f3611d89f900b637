import { describe, expect, it } from 'vitest';
import { CASE_FORM_SECTION_IDS, type CaseForm, type CaseFormSectionId } from '../../src/domain/case-forms/case-form.js';
import { casesDocx } from '../../src/exports/cases-docx.js';
import { expectNeutralPackage, part, wordParagraphs, xmlParts } from './exports-package.js';

const sectionTitles = Object.fromEntries(
  CASE_FORM_SECTION_IDS.map((id) => [id, `Section ${id}: heading ${id.toLowerCase()}`]),
) as Record<CaseFormSectionId, string>;

const form = (caseId: string, overrides: Partial<CaseForm>): CaseForm => ({
  reviewId: 'northshire',
  caseId,
  sendOfficer: 'Philippa Quartermaine',
  reviewer: 'Ignatius Blackwood',
  reviewDate: '2026-03-17',
  childBirthMonth: '2014-09',
  strengths: '',
  areasForConsideration: '',
  sections: {},
  ...overrides,
});

const forms = (): CaseForm[] => [
  form('C-01', {
    strengths: 'Child’s voice is vivid & clear\nPhoto and “about me” page',
    areasForConsideration: 'Outcomes are not SMART <yet>',
    sections: {
      A: { evaluation: 'Views captured in the child’s words', rating: 'good' },
      B: { evaluation: 'Needs copied from advice', rating: 'weak' },
      E: { evaluation: 'Outcomes vague', rating: 'adequate' },
    },
  }),
  form('C-02', {
    strengths: 'Health advice is in plain language',
    areasForConsideration: '',
    sections: {
      A: { evaluation: 'Parents’ views present; child’s absent', rating: 'adequate' },
      B: { evaluation: 'Needs described positively', rating: 'good' },
      K: { evaluation: '', rating: 'good' },
    },
  }),
  form('C-03', {
    childBirthMonth: undefined,
    strengths: 'Transition planning begun early',
    areasForConsideration: 'Social care not consulted',
    sections: { A: { evaluation: 'No photo; views from 2 years ago\nNeeds updating' }, D: { evaluation: '   ' } },
  }),
];

const document = async (): Promise<{ style: string; text: string }[]> =>
  wordParagraphs(part(xmlParts(await casesDocx({ reviewName: 'Northshire', forms: forms(), sectionTitles })), 'word/document.xml'));

/** The paragraphs from one heading (by its text) up to the next heading of the same style. */
const under = (paragraphs: { style: string; text: string }[], headingText: string): string[] => {
  const start = paragraphs.findIndex(({ text }) => text === headingText);
  const style = paragraphs[start]?.style;
  const end = paragraphs.findIndex((paragraph, index) => index > start && paragraph.style === style);
  return paragraphs.slice(start + 1, end === -1 ? undefined : end).map(({ style: s, text }) => (s ? `${s}: ${text}` : text));
};

describe('casesDocx', () => {
  it('counts the ratings of each section', async () => {
    const table = under(await document(), 'Ratings by section');
    expect(table.slice(0, 5)).toEqual(['Section', 'Good', 'Adequate', 'Weak', 'Not rated']);
    const row = (id: CaseFormSectionId) => table.slice(table.indexOf(sectionTitles[id]), table.indexOf(sectionTitles[id]) + 5);
    expect(row('A')).toEqual([sectionTitles.A, '1', '1', '0', '1']);
    expect(row('B')).toEqual([sectionTitles.B, '1', '0', '1', '1']);
    expect(row('D')).toEqual([sectionTitles.D, '0', '0', '0', '3']);
    expect(row('K')).toEqual([sectionTitles.K, '1', '0', '0', '2']);
  });

  it('gives the findings section by section, each case prefixed with its id and rating', async () => {
    const bySection = under(await document(), 'Findings by section');
    expect(bySection.filter((text) => text.startsWith('Heading2: '))).toEqual(
      CASE_FORM_SECTION_IDS.map((id) => `Heading2: ${sectionTitles[id]}`),
    );
    expect(bySection.slice(0, 4)).toEqual([
      'Heading2: Section A: heading a',
      'C-01 — Good: Views captured in the child’s words',
      'C-02 — Adequate: Parents’ views present; child’s absent',
      'C-03 — Not rated: No photo; views from 2 years ago\nNeeds updating',
    ]);
    expect(bySection.slice(4, 7)).toEqual([
      'Heading2: Section B: heading b',
      'C-01 — Weak: Needs copied from advice',
      'C-02 — Good: Needs described positively',
    ]);
    const sectionD = bySection.indexOf(`Heading2: ${sectionTitles.D}`);
    expect(bySection.slice(sectionD + 1, sectionD + 3)).toEqual(['None recorded.', `Heading2: ${sectionTitles.E}`]);
    expect(bySection).toContain('C-02 — Good: No evaluation.');
  });

  it('gives each case its strengths, areas for consideration and sections', async () => {
    const paragraphs = await document();
    const byCase = paragraphs.slice(paragraphs.findIndex(({ text }) => text === 'Findings by case') + 1);
    expect(byCase.filter(({ style }) => style === 'Heading2').map(({ text }) => text)).toEqual(['C-01', 'C-02', 'C-03']);
    expect(under(byCase, 'C-01')).toEqual([
      'Heading3: Strengths',
      'Child’s voice is vivid & clear\nPhoto and “about me” page',
      'Heading3: Areas for consideration',
      'Outcomes are not SMART <yet>',
      'Heading3: Sections',
      'Section A: heading a — Good: Views captured in the child’s words',
      'Section B: heading b — Weak: Needs copied from advice',
      'Section E: heading e — Adequate: Outcomes vague',
    ]);
    expect(under(byCase, 'C-02')).toContain('None recorded.');
    expect(under(byCase, 'C-03')).toEqual([
      'Heading3: Strengths',
      'Transition planning begun early',
      'Heading3: Areas for consideration',
      'Social care not consulted',
      'Heading3: Sections',
      'Section A: heading a — Not rated: No photo; views from 2 years ago\nNeeds updating',
    ]);
  });

  it('leaves out people, review dates and birth months, and carries no dates or authors', async () => {
    const docx = await casesDocx({ reviewName: 'Northshire', forms: forms(), sectionTitles });
    expectNeutralPackage(docx);
    for (const xml of xmlParts(docx).values()) {
      for (const absent of ['Quartermaine', 'Philippa', 'Blackwood', 'Ignatius', '2014-09', '2026-03-17', '17/03/2026']) {
        expect(xml).not.toContain(absent);
      }
    }
  });
});
