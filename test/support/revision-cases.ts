/** A table row of the revision tests: how the file (or what is booked) is edited, and every change and line it gives. */
import { revisionChanges, revisionLines, type BookedSession, type RevisionChange } from '../../src/domain/revisions/index.js';
import type { BusyByPerson } from '../../src/domain/shared/review.js';
import { BOOKED, london, revisionReview, type Parts } from './revision-builder.js';

export interface RevisionCase {
  name: string;
  next?: Partial<Parts>;
  previous?: Partial<Parts>;
  booked?: BookedSession[];
  calendar?: BusyByPerson;
  /** Each change as its session's id (and the booked id, where another), then the change itself. */
  changes: Record<string, unknown>[];
  lines: string[];
}

const brief = ({ session, booked, ...change }: RevisionChange) => ({
  id: session.id,
  ...(booked && booked.sessionId !== session.id ? { booked: booked.sessionId } : {}),
  ...change,
});

/** What the case gives, in the shape its `changes` and `lines` are written. */
export const outcome = (c: RevisionCase) => {
  const previous = revisionReview(c.previous);
  const next = revisionReview(c.next);
  const changes = revisionChanges(previous, next, c.booked ?? BOOKED, c.calendar);
  return { changes: changes.map(brief), lines: revisionLines(changes, { previous, next }) };
};

/** A UTC interval from London local times. */
export const at = (start: string, end: string) => ({ start: london(start), end: london(end) });

export const OVERVIEW = 'fixed:2026-02-03T09:00:00.000Z:Council overview';
export const FEEDBACK = 'fixed:2026-02-04T16:00:00.000Z:Feedback to the DCS';
