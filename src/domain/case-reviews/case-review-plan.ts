/** The shape of a case-review proposal. The planner that fills it is in plan-case-reviews.ts. */

export interface PlacedCase {
  caseId: string;
  /** Email of the caseReviewer peer. */
  reviewer: string;
  /** Email of the case's lead case worker. */
  caseWorker: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
}

export interface UnplacedCase {
  caseId: string;
  /** A sentence a project team member understands. */
  reason: string;
}

export interface CaseReviewPlan {
  placed: PlacedCase[];
  unplaced: UnplacedCase[];
}
