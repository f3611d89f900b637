import type { CaseForm } from './case-form.js';
import { isCaseFormComplete } from './case-form-input.js';
import { CASE_CATEGORIES, type Case, type CaseCategory } from '../shared/index.js';

export interface CaseProgress {
  /** Cases of the review that have a case-review call booked. */
  booked: number;
  /** Of those, the ones with a complete form. */
  done: number;
  /** Booked case ids without a complete form, in the review's order. */
  missing: string[];
}

export interface SampleCoverage {
  /** Per Appendix 8 category, the ids of the cases in the sample that fall into it. */
  byCategory: Record<CaseCategory, string[]>;
  /** Categories with no case yet: Appendix 8 asks for at least one EHCP in each. */
  missing: CaseCategory[];
}

/** Forms done of the cases booked. Booked ids the review does not know are not counted. */
export const caseProgress = (cases: readonly Case[], bookedCaseIds: readonly string[], forms: readonly CaseForm[]): CaseProgress => {
  const bookedIds = new Set(bookedCaseIds);
  const doneIds = new Set(forms.filter(isCaseFormComplete).map((form) => form.caseId));
  const booked = [...new Set(cases.map((c) => c.id))].filter((id) => bookedIds.has(id));
  const missing = booked.filter((id) => !doneIds.has(id));
  return { booked: booked.length, done: booked.length - missing.length, missing };
};

/** Which of Appendix 8's categories the sample covers, from the categories the review file gives each case. */
export const sampleCoverage = (cases: readonly Case[]): SampleCoverage => {
  const byCategory = Object.fromEntries(
    CASE_CATEGORIES.map((category) => [category, cases.filter((c) => c.categories.includes(category)).map((c) => c.id)]),
  ) as Record<CaseCategory, string[]>;
  return { byCategory, missing: CASE_CATEGORIES.filter((category) => byCategory[category].length === 0) };
};
