/** What both calendar adapters share about changes: the change token's seal, and who an update adds and removes. */
import type { UtcInterval } from '../domain/shared/index.js';
import type { EventUpdate } from '../services/ports/index.js';

/**
 * The port's change token: where the last round of changes ended (Graph's deltaLink, or the local calendar's change
 * number), sealed with the organiser and the window it was made for. Graph's own token carries its window too, so a
 * token passed with another organiser or window would answer for the wrong calendar: it is refused (a resync).
 */
interface Sealed {
  organiser: string;
  /** Epoch milliseconds, so that two spellings of one instant agree. */
  start: number;
  end: number;
  position: string;
}

export const changeToken = (organiser: string, window: UtcInterval, position: string): string => {
  const sealed: Sealed = { organiser: organiser.toLowerCase(), start: Date.parse(window.start), end: Date.parse(window.end), position };
  return Buffer.from(JSON.stringify(sealed)).toString('base64url');
};

/** The position sealed in `token`, or undefined when it is unreadable or was made for another organiser or window. */
export const positionOf = (token: string, organiser: string, window: UtcInterval): string | undefined => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const sealed = parsed as Partial<Sealed>;
  const same =
    sealed.organiser === organiser.toLowerCase() && sealed.start === Date.parse(window.start) && sealed.end === Date.parse(window.end);
  return same && typeof sealed.position === 'string' ? sealed.position : undefined;
};

const emails = (list: readonly string[] | undefined): string[] => [...new Set((list ?? []).map((email) => email.trim().toLowerCase()))];

/**
 * Who an update takes off an event whose attendees are `current` (lower-case), and who it invites: those not there
 * yet, in the order given. Someone both added and removed is removed.
 */
export const attendeeChanges = (current: readonly string[], update: EventUpdate): { removed: Set<string>; added: string[] } => {
  const removed = new Set(emails(update.removeAttendees));
  const added = emails(update.addAttendees).filter((email) => !removed.has(email) && !current.includes(email));
  return { removed, added };
};
