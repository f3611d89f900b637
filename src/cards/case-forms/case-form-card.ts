import { DateTime } from 'luxon';
import { RATINGS, type CaseForm } from '../../domain/case-forms/index.js';
import {
  BIRTH_MONTH_PATTERN,
  CASE_FORM_LIMITS,
  caseFormEditable,
  caseFormGaps,
  evaluationField,
  ratingField,
} from '../../domain/case-forms/index.js';
import { CASE_FORM_GUIDANCE, CASE_FORM_SECTIONS, RATING_LABELS } from '../../domain/case-forms/index.js';
import type { CardJson } from '../../services/ports/index.js';
import { renderCard } from '../shared/index.js';
import { VERBS } from '../shared/index.js';

export interface CaseFormCardInput {
  reviewName: string;
  /** The saved form, or a blank one with the prefilled identity (blankCaseForm). */
  form: CaseForm;
  saved: boolean;
  /** yyyy-MM-dd; the form can be edited up to and including this day. */
  feedbackDate?: string;
  /** yyyy-MM-dd in the review's zone. */
  today: string;
}

const longDate = (isoDate: string): string => DateTime.fromISO(isoDate).toFormat('d LLLL yyyy');
const shown = (text: string): string => text || '—';

const stateLine = ({ saved, feedbackDate, today }: CaseFormCardInput): { text: string; style: string } => {
  if (!caseFormEditable(feedbackDate, today)) return { text: 'Closed: the feedback date has passed.', style: 'attention' };
  const until = feedbackDate ? `you can edit until ${longDate(feedbackDate)}` : 'you can edit it later';
  return saved ? { text: `Saved — ${until}.`, style: 'good' } : { text: `Not saved yet — ${until}.`, style: 'default' };
};

/**
 * The EHCP challenge template (Appendix 9) for one case. Save submits the action's { caseId }
 * with the inputs: childBirthMonth, strengths, areasForConsideration, evaluation.A…K, rating.A…K.
 * There is no input for the child's name.
 */
export const caseFormCard = (input: CaseFormCardInput): CardJson => {
  const { form, today } = input;
  const state = stateLine(input);
  const gaps = caseFormGaps(form);
  return renderCard('case-form', {
    reviewName: input.reviewName,
    caseId: form.caseId,
    sendOfficer: form.sendOfficer,
    reviewer: form.reviewer,
    reviewDate: longDate(form.reviewDate),
    guidance: CASE_FORM_GUIDANCE,
    editable: caseFormEditable(input.feedbackDate, today),
    // Text, not a date picker: a picker asks for the day, which would then travel in the card's data.
    birthMonth: form.childBirthMonth ?? '',
    birthMonthPattern: BIRTH_MONTH_PATTERN,
    birthMonthText: form.childBirthMonth ? DateTime.fromISO(`${form.childBirthMonth}-01`).toFormat('LLLL yyyy') : 'not given',
    limits: CASE_FORM_LIMITS,
    strengths: form.strengths,
    areasForConsideration: form.areasForConsideration,
    strengthsText: shown(form.strengths),
    areasText: shown(form.areasForConsideration),
    ratings: RATINGS.map((value) => ({ title: RATING_LABELS[value], value })),
    sections: CASE_FORM_SECTIONS.map(({ id, title, question }) => {
      const section = form.sections[id];
      return {
        title,
        question,
        evaluationId: evaluationField(id),
        ratingId: ratingField(id),
        evaluation: section?.evaluation ?? '',
        rating: section?.rating ?? '',
        evaluationText: shown(section?.evaluation ?? ''),
        ratingText: section?.rating ? RATING_LABELS[section.rating] : '—',
      };
    }),
    state: state.text,
    stateStyle: state.style,
    gaps: input.saved && gaps.length > 0 ? `Still to complete: ${gaps.join(', ')}.` : '',
    verbs: { save: VERBS.saveCaseForm },
  });
};
