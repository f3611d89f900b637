/**
 * The EHCP review form (manual, Appendix 9), one per case: opened by the case's reviewer after the call,
 * saved as often as they like until the review's feedback date.
 */
import type { CaseForm } from '../../domain/case-forms/index.js';
import { blankCaseForm, caseFormEditable, readCaseFormInput, type CaseFormPrefill } from '../../domain/case-forms/index.js';
import { nameOf } from '../../domain/shared/index.js';
import { noteDay } from '../../domain/notes/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { currentReview } from '../shared/index.js';
import type { Booking, Store, StoredReview } from '../ports/index.js';

export interface OpenCaseForm {
  stored: StoredReview;
  form: CaseForm;
  saved: boolean;
  today: string;
}

export const openCaseForm = async (deps: { store: Store; now: () => string }, asker: string, caseId: unknown): Promise<Result<OpenCaseForm>> => {
  const ready = await reviewerOf(deps, asker, caseId);
  if (!ready.ok) return ready;
  const { stored, prefill, today } = ready.value;
  const saved = await deps.store.caseForms.get(stored.id, prefill.caseId);
  return ok({ stored, form: saved?.form ?? blankCaseForm(prefill), saved: saved !== undefined, today });
};

export const saveCaseForm = async (deps: { store: Store; now: () => string }, asker: string, data: unknown): Promise<Result<OpenCaseForm>> => {
  const ready = await reviewerOf(deps, asker, (data as { caseId?: unknown } | null)?.caseId);
  if (!ready.ok) return ready;
  const { stored, prefill, today } = ready.value;
  if (!caseFormEditable(stored.review.feedbackDate, today)) {
    return userError('CASE_FORM.CLOSED', `The form for case ${prefill.caseId} can no longer be changed: the feedback date (${stored.review.feedbackDate}) has passed.`);
  }
  const form = readCaseFormInput(data, prefill, today);
  if (!form.ok) return form;
  await deps.store.caseForms.save(form.value, asker);
  return ok({ stored, form: form.value, saved: true, today });
};

/** Only the case's reviewer fills its form: the one its call was booked with, or the one the file names. */
const reviewerOf = async (deps: { store: Store; now: () => string }, asker: string, caseId: unknown) => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const review = stored.review;
  const theCase = review.caseReviews?.cases.find((c) => c.id.toLowerCase() === String(caseId ?? '').trim().toLowerCase());
  if (!theCase) {
    const ids = review.caseReviews?.cases.map((c) => c.id).join(', ') || 'none';
    return userError('CASE.NOT_FOUND', `There is no case "${String(caseId ?? '')}" in ${review.name}. The cases are: ${ids}.`);
  }
  const booking = (await deps.store.bookings.forReview(stored.id)).find((b) => b.kind === 'caseReview' && b.sessionId === theCase.id && b.status === 'booked');
  const reviewers = new Set([...(booking ? reviewersOn(stored, booking) : []), ...(theCase.reviewer ? [theCase.reviewer] : [])]);
  if (!reviewers.has(asker)) {
    return userError('ACCESS.DENIED', `Sorry, only the case reviewer of case ${theCase.id} can fill in its EHCP review form.`);
  }
  const today = noteDay(deps.now(), review.timeZone);
  const prefill: CaseFormPrefill = {
    reviewId: stored.id,
    caseId: theCase.id,
    sendOfficer: nameOf(review, theCase.caseWorker),
    reviewer: nameOf(review, asker),
    reviewDate: booking ? noteDay(booking.start, review.timeZone) : today,
  };
  return ok({ stored, prefill, today });
};

const reviewersOn = (stored: StoredReview, booking: Booking): string[] =>
  booking.attendees.filter((email) => stored.review.peers.some((p) => p.email === email && p.role === 'caseReviewer'));
