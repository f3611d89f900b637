export { BIRTH_MONTH_PATTERN, CASE_FORM_LIMITS, blankCaseForm, caseFormEditable, caseFormGaps, evaluationField, ratingField, readCaseFormInput } from './case-form-input.js';
export type { CaseFormPrefill } from './case-form-input.js';
export { CASE_FORM_GUIDANCE, CASE_FORM_SECTIONS, CATEGORY_LABELS, RATING_LABELS } from './case-form-sections.js';
export { CASE_FORM_SECTION_IDS, RATINGS } from './case-form.js';
export type { CaseForm, CaseFormSection, CaseFormSectionId, Rating } from './case-form.js';
export { caseProgress, sampleCoverage } from './case-sample.js';
export type { CaseProgress, SampleCoverage } from './case-sample.js';
