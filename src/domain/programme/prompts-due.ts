/** Who is prompted after a session, and when: pure rules over the booked sessions. */
import type { Review } from '../shared/index.js';

/** A booked session as the prompt rules see it (UTC ISO times). */
export interface EndedSession {
  id: string;
  kind: string;
  start: string;
  end: string;
  attendees: string[];
}

export interface DuePrompt {
  bookingId: string;
  email: string;
  /** A note prompt for the peers after an on-site session; the EHCP form for the reviewer after a case review. */
  kind: 'note' | 'caseForm';
  start: string;
}

/** Sessions where peers hear from people; team meetings, breaks and the presentation are not. */
const NOTE_KINDS = new Set(['interview', 'focusGroup', 'siteVisit']);

/** A prompt older than this is not worth sending: the bot was down, and the peer has moved on. */
export const PROMPT_WINDOW_HOURS = 12;

export const duePrompts = (review: Review, sessions: readonly EndedSession[], now: string): DuePrompt[] => {
  const nowMs = Date.parse(now);
  const since = nowMs - PROMPT_WINDOW_HOURS * 3_600_000;
  const peers = new Map(review.peers.map((p) => [p.email, p.role]));
  return sessions.flatMap((session): DuePrompt[] => {
    const endMs = Date.parse(session.end);
    if (endMs > nowMs || endMs <= since) return [];
    const onIt = session.attendees.filter((email) => peers.has(email));
    if (session.kind === 'caseReview') {
      return onIt.filter((email) => peers.get(email) === 'caseReviewer').map((email) => ({ bookingId: session.id, email, kind: 'caseForm', start: session.start }));
    }
    if (!NOTE_KINDS.has(session.kind)) return [];
    return onIt.map((email) => ({ bookingId: session.id, email, kind: 'note', start: session.start }));
  });
};
