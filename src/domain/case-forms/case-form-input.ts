import { CASE_FORM_SECTION_IDS, RATINGS, type CaseForm, type CaseFormSection, type CaseFormSectionId, type Rating } from './case-form.js';
import { ok, userError, type Result } from '../shared/index.js';

/** What the bot knows about a case before the reviewer types anything; never read from a submission. */
export type CaseFormPrefill = Pick<CaseForm, 'reviewId' | 'caseId' | 'sendOfficer' | 'reviewer' | 'reviewDate'>;

export const CASE_FORM_LIMITS = { evaluation: 2000, summary: 4000 } as const;
/** Plans run to age 25; an earlier year is a typing slip. */
export const EARLIEST_BIRTH_MONTH = '1990-01';
/** The month and year of birth, yyyy-mm: the card's input checks it too, so no day is ever typed into Teams. */
export const BIRTH_MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';

/**
 * The card's field ids are flat, so the submitted data reads them directly:
 * childBirthMonth, strengths, areasForConsideration, evaluation.A … evaluation.K, rating.A … rating.K.
 */
export const evaluationField = (id: CaseFormSectionId): string => `evaluation.${id}`;
export const ratingField = (id: CaseFormSectionId): string => `rating.${id}`;

export const blankCaseForm = ({ reviewId, caseId, sendOfficer, reviewer, reviewDate }: CaseFormPrefill): CaseForm => ({
  reviewId,
  caseId,
  sendOfficer,
  reviewer,
  reviewDate,
  strengths: '',
  areasForConsideration: '',
  sections: {},
});

/**
 * Reads a Save from the case form card. The data may be forged: unknown keys (a child's name
 * among them, which the form never asks for) are dropped, and the case's identity comes from
 * `prefilled`, not from the data. `today` is yyyy-MM-dd in the review's zone.
 */
export const readCaseFormInput = (data: unknown, prefilled: CaseFormPrefill, today: string): Result<CaseForm> => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return userError('CASE_FORM.INVALID', 'The form was not saved: nothing was submitted.', ['Nothing was submitted.']);
  }
  const record = data as Record<string, unknown>;
  const field = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  const problems: string[] = [];

  const text = (key: string, label: string, max: number): string => {
    const raw = field(key);
    if (raw === undefined || raw === null) return '';
    if (typeof raw !== 'string') {
      problems.push(`${label} must be text.`);
      return '';
    }
    const value = raw.trim();
    if (value.length > max) problems.push(`${label} is ${value.length} characters long; the most is ${max}.`);
    return value;
  };

  const strengths = text('strengths', 'Strengths', CASE_FORM_LIMITS.summary);
  const areasForConsideration = text('areasForConsideration', 'Areas for consideration', CASE_FORM_LIMITS.summary);
  const childBirthMonth = readBirthMonth(field('childBirthMonth'), prefilled.caseId, today, problems);

  const sections: Partial<Record<CaseFormSectionId, CaseFormSection>> = {};
  for (const id of CASE_FORM_SECTION_IDS) {
    const evaluation = text(evaluationField(id), `Section ${id}: the evaluation`, CASE_FORM_LIMITS.evaluation);
    const rating = readRating(field(ratingField(id)), id, problems);
    if (evaluation || rating) sections[id] = { evaluation, ...(rating ? { rating } : {}) };
  }

  if (problems.length > 0) {
    return userError('CASE_FORM.INVALID', `The form was not saved. ${problems.join(' ')}`, problems);
  }
  return ok({
    ...blankCaseForm(prefilled),
    ...(childBirthMonth ? { childBirthMonth } : {}),
    strengths,
    areasForConsideration,
    sections,
  });
};

const readRating = (raw: unknown, id: CaseFormSectionId, problems: string[]): Rating | undefined => {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string' && (RATINGS as readonly string[]).includes(raw)) return raw as Rating;
  problems.push(`Section ${id}: the rating must be ${RATINGS.slice(0, -1).join(', ')} or ${RATINGS.at(-1)} (or left empty).`);
  return undefined;
};

/**
 * yyyy-mm only. A full date is refused, not cut to its month: the form must never ask for the day, and a card
 * that still sends one (an old card's date picker) is out of date.
 */
const readBirthMonth = (raw: unknown, caseId: string, today: string, problems: string[]): string | undefined => {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'string' ? raw.trim() : '';
  if ((value.match(/\d+/g) ?? []).length >= 3) {
    problems.push(`The form keeps the month and year of birth only, never the full date: write it as yyyy-mm, such as 2014-03 (if your card asks for a whole date, send **form ${caseId}** for a new one).`);
    return undefined;
  }
  if (!new RegExp(BIRTH_MONTH_PATTERN).test(value)) {
    problems.push('The month and year of birth must be written yyyy-mm, such as 2014-03.');
    return undefined;
  }
  if (value > today.slice(0, 7)) problems.push('The month and year of birth is in the future.');
  else if (value < EARLIEST_BIRTH_MONTH) problems.push('The month and year of birth is before 1990: please check the year.');
  return value;
};

/** A form can be edited up to and including the review's feedback date (both yyyy-MM-dd). */
export const caseFormEditable = (feedbackDate: string | undefined, today: string): boolean =>
  !feedbackDate || today <= feedbackDate;

/** What is still empty, in the template's order: "strengths", "areas for consideration", "section C". */
export const caseFormGaps = (form: CaseForm): string[] => [
  ...(form.strengths.trim() ? [] : ['strengths']),
  ...(form.areasForConsideration.trim() ? [] : ['areas for consideration']),
  ...CASE_FORM_SECTION_IDS.filter((id) => !form.sections[id]?.evaluation.trim() || !form.sections[id]?.rating).map((id) => `section ${id}`),
];

/** Strengths, areas for consideration, and an evaluation and a rating for every section A to K. */
export const isCaseFormComplete = (form: CaseForm): boolean => caseFormGaps(form).length === 0;
