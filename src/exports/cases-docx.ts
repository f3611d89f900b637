import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import {
  CASE_FORM_SECTION_IDS,
  RATINGS,
  type CaseForm,
  type CaseFormSection,
  type CaseFormSectionId,
  type Rating,
} from '../domain/case-forms/index.js';
import { heading, italicParagraph, lineRuns, packDocx } from './docx-parts.js';
import { oneLine, textLines } from './plain-text.js';

/**
 * What the senior leaders' feedback meeting reads: findings, not people. Case ids only; no reviewer,
 * no SEND officer, no review date and no birth month.
 */
export interface CasesExport {
  reviewName: string;
  /** In the order the document lists the cases. */
  forms: CaseForm[];
  sectionTitles: Record<CaseFormSectionId, string>;
}

const RATING_LABELS: Record<Rating, string> = { good: 'Good', adequate: 'Adequate', weak: 'Weak' };
const NOT_RATED = 'Not rated';
const NO_EVALUATION = 'No evaluation.';
const NONE_RECORDED = 'None recorded.';

/** The findings across cases as a Word document: ratings by section, then findings by section and by case. */
export const casesDocx = (input: CasesExport): Promise<Buffer> => {
  const title = `${oneLine(input.reviewName)}: findings across cases`;
  return packDocx(title, [
    heading(title, HeadingLevel.TITLE),
    new Paragraph(`${input.forms.length} ${input.forms.length === 1 ? 'case' : 'cases'} reviewed.`),
    heading('Ratings by section', HeadingLevel.HEADING_1),
    ratingsTable(input),
    heading('Findings by section', HeadingLevel.HEADING_1),
    ...CASE_FORM_SECTION_IDS.flatMap((id) => sectionFindings(input, id)),
    heading('Findings by case', HeadingLevel.HEADING_1),
    ...input.forms.flatMap((form) => caseFindings(form, input.sectionTitles)),
  ]);
};

/** A section's content, or undefined when the form has neither an evaluation nor a rating for it. */
const sectionOf = (form: CaseForm, id: CaseFormSectionId): { lines: string[]; rating?: Rating } | undefined => {
  const section: CaseFormSection | undefined = form.sections[id];
  const lines = textLines(section?.evaluation ?? '');
  return lines.length === 0 && section?.rating === undefined ? undefined : { lines, rating: section?.rating };
};

const ratingLabel = (rating: Rating | undefined): string => (rating === undefined ? NOT_RATED : RATING_LABELS[rating]);

const ratingCounts = (forms: readonly CaseForm[], id: CaseFormSectionId): Record<Rating, number> =>
  Object.fromEntries(
    RATINGS.map((rating) => [rating, forms.filter((form) => form.sections[id]?.rating === rating).length]),
  ) as Record<Rating, number>;

const cell = (text: string, bold = false): TableCell =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun(bold ? { text, bold } : text)] })] });

const ratingsTable = ({ forms, sectionTitles }: CasesExport): Table => {
  const header = ['Section', ...RATINGS.map((rating) => RATING_LABELS[rating]), NOT_RATED];
  const rows = CASE_FORM_SECTION_IDS.map((id) => {
    const counts = ratingCounts(forms, id);
    const rated = RATINGS.reduce((sum, rating) => sum + counts[rating], 0);
    return [oneLine(sectionTitles[id]), ...RATINGS.map((rating) => String(counts[rating])), String(forms.length - rated)];
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
};

/** A paragraph that starts with a bold label, then the text's lines (or a note that there is none). */
const labelled = (label: string, lines: string[]): Paragraph =>
  new Paragraph({
    children: [
      new TextRun({ text: `${label}: `, bold: true }),
      ...(lines.length === 0 ? [new TextRun({ text: NO_EVALUATION, italics: true })] : lineRuns(lines)),
    ],
  });

const sectionFindings = ({ forms, sectionTitles }: CasesExport, id: CaseFormSectionId): FileChild[] => {
  const findings = forms.flatMap((form) => {
    const section = sectionOf(form, id);
    return section === undefined ? [] : [labelled(`${oneLine(form.caseId)} — ${ratingLabel(section.rating)}`, section.lines)];
  });
  return [
    heading(oneLine(sectionTitles[id]), HeadingLevel.HEADING_2),
    ...(findings.length === 0 ? [italicParagraph(NONE_RECORDED)] : findings),
  ];
};

const textParagraphs = (text: string): Paragraph[] => {
  const lines = textLines(text);
  return lines.length === 0 ? [italicParagraph(NONE_RECORDED)] : [new Paragraph({ children: lineRuns(lines) })];
};

const caseFindings = (form: CaseForm, sectionTitles: Record<CaseFormSectionId, string>): FileChild[] => {
  const sections = CASE_FORM_SECTION_IDS.flatMap((id) => {
    const section = sectionOf(form, id);
    return section === undefined ? [] : [labelled(`${oneLine(sectionTitles[id])} — ${ratingLabel(section.rating)}`, section.lines)];
  });
  return [
    heading(oneLine(form.caseId), HeadingLevel.HEADING_2),
    heading('Strengths', HeadingLevel.HEADING_3),
    ...textParagraphs(form.strengths),
    heading('Areas for consideration', HeadingLevel.HEADING_3),
    ...textParagraphs(form.areasForConsideration),
    heading('Sections', HeadingLevel.HEADING_3),
    ...(sections.length === 0 ? [italicParagraph(NONE_RECORDED)] : sections),
  ];
};
