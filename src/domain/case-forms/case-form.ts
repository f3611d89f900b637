/**
 * The EHCP challenge template (manual, Appendix 9), one per case. No child's name is asked for;
 * the date of birth is the month and year only.
 */
export const CASE_FORM_SECTION_IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'] as const;
export type CaseFormSectionId = (typeof CASE_FORM_SECTION_IDS)[number];

export const RATINGS = ['good', 'adequate', 'weak'] as const;
export type Rating = (typeof RATINGS)[number];

export interface CaseFormSection {
  evaluation: string;
  rating?: Rating;
}

export interface CaseForm {
  reviewId: string;
  caseId: string;
  /** The case worker's name (the SEND officer), prefilled from the review. */
  sendOfficer: string;
  /** The case reviewer's name, prefilled. */
  reviewer: string;
  /** yyyy-MM-dd. */
  reviewDate: string;
  /** yyyy-MM: month and year only. */
  childBirthMonth?: string;
  strengths: string;
  areasForConsideration: string;
  sections: Partial<Record<CaseFormSectionId, CaseFormSection>>;
}
