/**
 * A stored review back as the file it was read from: the inverse of parseReviewFile's last step. The schema only
 * trims, lower-cases emails and fills defaults, all of which read the same again, so the file this gives parses to
 * the same review (test/unit/review-file-edit.test.ts). Convene keeps the review, not the text it came as.
 */
import type { Review } from '../shared/index.js';

/** The file's sections as plain data, ready for JSON. */
export type ReviewFileData = Record<string, unknown> & {
  caseReviews?: { cases: unknown[] } & Record<string, unknown>;
  onSite?: { sessions?: unknown[] } & Record<string, unknown>;
};

export const reviewAsFile = (review: Review): ReviewFileData => {
  const { name, key, timeZone, organiser, base, projectTeam, feedbackDate, noteReleases, themes, peers, people, caseReviews, onSite, reminders, busy } = review;
  return {
    review: { name, ...(key ? { key } : {}), timeZone, organiser, base, projectTeam, ...(feedbackDate ? { feedbackDate } : {}), ...(noteReleases ? { noteReleases } : {}) },
    themes,
    peers,
    people,
    ...(caseReviews ? { caseReviews: { ...caseReviews, cases: [...caseReviews.cases] } } : {}),
    ...(onSite ? { onSite: { ...(onSite as Record<string, unknown>) } } : {}),
    ...(reminders ? { reminders } : {}),
    busy,
  };
};
