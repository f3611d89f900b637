/** What the use cases hand back for src/cards/ to show: plain data, so cards need nothing else of src/services/. */
import type { StoredMessage } from './outbox-ports.js';
import type { Booking, Invitation } from './ports.js';
import type { StoredReview } from './review-ports.js';

export interface BookingProgress {
  total: number;
  booked: number;
  failed: number;
  done: boolean;
  /** Set when done: the sessions (booking session ids) still not in the calendar. */
  notBooked?: string[];
  /** Set when done: people who have only the calendar invite, because they have no chat with the bot. */
  withoutCard?: string[];
  cardsSent?: number;
  /** Set when done: invite cards Teams refused for good this time; Finish booking sends them again. */
  cardsFailed?: number;
  /** Set when done: invite cards waiting for Teams (its limits, a retry): the outbox sends them when it may. */
  cardsQueued?: number;
}

/** What a card may say about who was told of a decline: only what really happened. */
export type DeclineTold = 'projectTeamTold' | 'nobodyReached' | 'unknown';

export interface MySessions {
  stored: StoredReview;
  sessions: { booking: Booking; invitation: Invitation }[];
}

export interface SessionStatus {
  booking: Booking;
  /** Every invitation to the session, with its answer and reason: counts and declines are read from these. */
  invitations: Invitation[];
}

export interface ReviewStatus {
  stored: StoredReview;
  sessions: SessionStatus[];
  /** What is left of a booking cut off or failed (sessions not in the calendar, cards not sent), for Finish booking. */
  unfinished?: string;
}

/**
 * chat: a card reaches them in Teams; email: they have no chat, and reminders go to them by email; calendarOnly:
 * neither (they have the calendar invitation); blocked: they blocked or removed Convene.
 */
export type Reach = 'chat' | 'email' | 'calendarOnly' | 'blocked';

export interface DigestSession {
  booking: Booking;
  noReply: { invitation: Invitation; reach: Reach }[];
  declined: Invitation[];
}

/** The project team's digest: what to chase in the sessions still to come. */
export interface ReviewDigest {
  stored: StoredReview;
  /** Sessions still to come with someone to chase or a decline, in time order. */
  sessions: DigestSession[];
  /** Sessions still to come at all. */
  upcoming: number;
  /** The silent people a reminder reaches (in Teams, or by email): what Remind now would send to. */
  toRemind: Invitation[];
  /** Reminders, joining details, decline cards and digests Teams refused for good: what Send again sends. */
  failed: StoredMessage[];
}
