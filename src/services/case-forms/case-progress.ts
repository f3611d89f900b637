/** `cases`: forms done of the cases booked, and the sample's coverage of Appendix 8's categories. */
import { caseProgress, sampleCoverage, type CaseProgress, type SampleCoverage } from '../../domain/case-forms/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { audienceOf } from '../shared/index.js';
import { currentReview } from '../shared/index.js';
import type { Store, StoredReview } from '../ports/index.js';

export interface CasesOverview {
  stored: StoredReview;
  progress: CaseProgress;
  coverage: SampleCoverage;
}

export const casesOverview = async (store: Store, asker: string): Promise<Result<CasesOverview>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const audience = audienceOf(stored.review, asker);
  if (!audience.peer && !audience.projectTeam) {
    return userError('ACCESS.DENIED', `Sorry, only the peer team and the project team of ${stored.review.name} can see the case reviews' progress.`);
  }
  const cases = stored.review.caseReviews?.cases ?? [];
  const booked = (await store.bookings.forReview(stored.id)).filter((b) => b.kind === 'caseReview' && b.status === 'booked').map((b) => b.sessionId);
  const forms = (await store.caseForms.forReview(stored.id)).map((saved) => saved.form);
  return ok({ stored, progress: caseProgress(cases, booked, forms), coverage: sampleCoverage(cases) });
};
