import type { CaseFormSectionId, Rating } from './case-form.js';
import type { CaseCategory } from '../shared/index.js';

/**
 * The EHCP challenge template's wording. A to H are the manual's own questions (Appendix 9);
 * I, J and K follow the statutory EHC plan sections (SEND Code of Practice 9.62), asked the same way.
 */
export const CASE_FORM_SECTIONS: { id: CaseFormSectionId; title: string; question: string }[] = [
  {
    id: 'A',
    title: 'Section A: views, interests and aspirations',
    question:
      'Are the views, interests and aspirations of the child and their parents clear at the outset of the plan? Is there a photo of the child? Is the child’s language, ethnicity, culture considered?',
  },
  {
    id: 'B',
    title: 'Section B: special educational needs',
    question:
      'Are the child or young person’s special educational needs detailed clearly and positively? Has the plan been written for the child rather than simply including text lifted from professional advice?',
  },
  {
    id: 'C',
    title: 'Section C: health care needs',
    question: 'Are there health care needs which relate to their SEN? Is the information presented in non-medical language?',
  },
  {
    id: 'D',
    title: 'Section D: social care needs',
    question:
      'Are there social care needs which relate to their SEN or to a disability? Have social care informed the plan? Is the child’s daily lived experience understood?',
  },
  {
    id: 'E',
    title: 'Section E: outcomes',
    question:
      'Are the outcomes sought for the child or young person clear and SMART? Is there a balance of shorter and longer term outcomes?',
  },
  {
    id: 'F',
    title: 'Section F: special educational provision',
    question: 'Is the special educational provision required to meet their SEN both detailed and clear?',
  },
  {
    id: 'G',
    title: 'Section G: health care provision',
    question:
      'Is there any health care provision detailed? (as reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN.)',
  },
  {
    id: 'H',
    title: 'Section H: social care provision',
    question:
      'Is there any social care provision required from social services under the Chronically Sick and Disabled Persons Act 1970. Was it detailed and clear?',
  },
  {
    id: 'I',
    title: 'Section I: placement',
    question:
      'Are the name and type of the school or other institution to be attended set out? Does the placement reflect the child’s and their parents’ views, and can it deliver the provision in Section F?',
  },
  {
    id: 'J',
    title: 'Section J: personal budget',
    question:
      'Has a personal budget been considered and discussed with the family? Where there is one, are the amount, the provision it pays for, the outcomes it supports and any arrangements for direct payments clear?',
  },
  {
    id: 'K',
    title: 'Section K: advice and information',
    question:
      'Is the advice and information gathered during the assessment listed in an appendix? Does it include education, health and social care, and the views of the child and their parents? Is it up to date?',
  },
];

/** The manual's notes at the head of the template, shortened. */
export const CASE_FORM_GUIDANCE: string[] = [
  'Please complete all sections of the review.',
  'Use the LGA Case Review Guidance ‘Quality Markers’ as a guide to good practice, not a full list of points to review.',
  'Throughout, consider the outcomes for the child or young person: will this plan make a difference?',
  'Can the child and their needs be ‘felt’ through the plan?',
  'Is the plan up to date and relevant to their needs now? Has it been reviewed on time?',
];

/** Appendix 8's list of the children whose plans the team looks at, in the manual's words. */
export const CATEGORY_LABELS: Record<CaseCategory, string> = {
  missingFromEducation: 'Missing from education or home educated',
  independentPlacement: 'In placements in the independent sector outside the local authority area',
  alternativeProvision: 'In AP (alternative provision)',
  youthJustice: 'Subject to youth justice provision',
  transitionToAdult: 'In transition from children’s services into adult services',
  lookedAfter: 'Looked after/care leaver',
  childInNeed: 'Child in need',
  childProtection: 'Child on child protection plan',
  servicePersonnel: 'Child of service personnel',
  inHospital: 'Child in hospital',
};

export const RATING_LABELS: Record<Rating, string> = {
  good: 'Good',
  adequate: 'Adequate',
  weak: 'Weak',
};
