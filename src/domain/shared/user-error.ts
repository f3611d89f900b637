/**
 * Failures a user can cause are values, not exceptions: a stable code for code to match on,
 * and a message that tells the user what to fix. The bot turns them into replies at the edge.
 */
export type UserErrorCode =
  | 'REVIEW_FILE.INVALID'
  | 'REVIEW.NONE'
  | 'REVIEW.NOT_FOUND'
  | 'IMPORT.GONE'
  | 'SCHEDULING.NOTHING_TO_PLACE'
  | 'SCHEDULING.TOO_LONG'
  | 'PROPOSAL.NOT_FOUND'
  | 'PROPOSAL.CLOSED'
  | 'PROPOSAL.SUPERSEDED'
  | 'PROPOSAL.BOOKING'
  | 'INVITATION.NOT_FOUND'
  | 'INVITATION.NOT_YOURS'
  | 'INVITATION.CANCELLED'
  | 'INVITATION.REMOVED'
  | 'DECLINE.SETTLED'
  | 'DECLINE.STALE'
  | 'SESSION.UNNAMED'
  | 'SESSION.NOT_FOUND'
  | 'SESSION.AMBIGUOUS'
  | 'SESSION.FORM'
  | 'SESSION.NO_PART'
  | 'SESSION.NOT_BOOKED'
  | 'MOVE.STALE'
  | 'REVIEW.CHANGED'
  | 'PROPOSAL.STALE'
  | 'CARD.INVALID'
  | 'REMINDERS.INVALID'
  | 'ACCESS.DENIED'
  | 'ACCESS.NOT_PERSONAL_CHAT'
  | 'PERSON.UNKNOWN'
  | 'NOTE.INVALID'
  | 'NOTE.NOT_FOUND'
  | 'NOTE.CLOSED'
  | 'NOTE.PURGED'
  | 'CASE.NOT_FOUND'
  | 'CASE_FORM.INVALID'
  | 'CASE_FORM.CLOSED'
  | 'EXPORT.NOT_FOUND'
  | 'ATTACHMENT.NOT_ALLOWED'
  | 'ATTACHMENT.TOO_LARGE'
  | 'ATTACHMENT.TIMEOUT'
  | 'ATTACHMENT.UNREADABLE';

export interface UserError {
  ok: false;
  code: UserErrorCode;
  message: string;
  /** Line-by-line details, e.g. every problem in a review file. */
  details?: string[];
}

export interface Ok<T> {
  ok: true;
  value: T;
}

export type Result<T> = Ok<T> | UserError;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

export const userError = (code: UserErrorCode, message: string, details?: string[]): UserError => ({
  ok: false,
  code,
  message,
  ...(details ? { details } : {}),
});
