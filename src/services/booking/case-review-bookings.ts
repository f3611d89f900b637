import { randomUUID } from 'node:crypto';
import type { PlannedBooking } from './on-site-bookings.js';
import type { CaseReviewsProposal, StoredReview } from '../ports/index.js';
import { caseReviewBody, caseReviewSubject } from './session-text.js';

/** One online call per placed case, with its reviewer and case worker. */
export const caseReviewBookings = (stored: StoredReview, proposal: CaseReviewsProposal): PlannedBooking[] =>
  proposal.plan.placed.map((placed) => ({
    intent: {
      reviewId: stored.id,
      proposalId: proposal.id,
      sessionId: placed.caseId,
      kind: 'caseReview',
      transactionId: randomUUID(),
      subject: caseReviewSubject(stored.review, placed.caseId),
      start: placed.start,
      end: placed.end,
      attendees: [placed.reviewer, placed.caseWorker],
      online: true,
    },
    body: caseReviewBody(stored.review, placed.caseId),
  }));
