/**
 * Changes to events already booked, made by Convene (update, cancel) or found in the organiser's calendar (changes
 * since a token): the programme after it is booked. Plain data; the adapters are in src/graph/.
 */
import type { UtcInterval } from '../../domain/shared/index.js';
import type { Rsvp } from '../../domain/invitations/index.js';

/**
 * What the organiser changes in an event already booked; absent fields stay as they are.
 *
 * Who hears of it (Graph sends meeting updates by mail; the local calendar sends nothing):
 * - a change of attendees alone reaches only those added (an invitation) and those removed (a cancellation);
 * - any other change (time, subject, body, location, going online) sends an update to every attendee, and those
 *   removed in the same update get a cancellation;
 * - a time change asks everyone again: Outlook clears the answers it had tallied (MS-OXOCAL, "Clearing Previous
 *   Responses"), so every attendee is pending until they answer the update.
 */
export interface EventUpdate {
  /** UTC ISO instants (sent to Graph as UTC: Outlook shows each person their own local time). */
  time?: { start: string; end: string };
  /** Required attendees (emails, in any case); those already invited stay as they are, with their answers. */
  addAttendees?: string[];
  /** Those not invited are ignored; someone both added and removed is removed. */
  removeAttendees?: string[];
  subject?: string;
  body?: string;
  /** '' removes the location. */
  location?: string;
  /**
   * Gives the event a Teams meeting. There is no way back: once an event is online Graph ignores any change of
   * isOnlineMeeting (the event resource's docs), so a session that goes in person is cancelled and booked again.
   */
  online?: true;
}

/** An attendee's answer as the organiser's calendar holds it. */
export interface AttendeeResponse {
  email: string;
  rsvp: Rsvp;
}

/** One event of the organiser's that changed since the token, as it is now, or gone from the window. */
export type EventChange =
  | {
      kind: 'changed';
      /** The event's id in the organiser's mailbox (CalendarEvent.id). */
      id: string;
      iCalUId: string;
      subject: string;
      /** UTC ISO instants. */
      start: string;
      end: string;
      /** Every attendee's answer (given in Teams or in Outlook). */
      responses: AttendeeResponse[];
    }
  /**
   * Cancelled, deleted, or moved out of the window (Graph reports all three alike, with the id only; it may also
   * report so an event outside the window that changed).
   */
  | { kind: 'removed'; id: string };

export type CalendarChanges =
  /** `token` is kept for the next call, with the same organiser and window. */
  | { kind: 'changes'; changes: EventChange[]; token: string }
  /**
   * The token cannot be used: it expired (Graph keeps delta tokens for a while only), is unknown, or was made for
   * another organiser or window. The caller starts again with no token: a full sync.
   */
  | { kind: 'resync' };

/** One event of the organiser's read alone: where it is now, cancelled, or gone from the calendar (deleted, or never there). */
export type EventState = { kind: 'scheduled'; start: string; end: string } | { kind: 'cancelled' } | { kind: 'gone' };

/** Where each organiser's last round of changes ended, kept between syncs: one token per organiser, for one window. */
export interface ChangeTokenRepository {
  /** The organiser's token, if it was kept for this same window (a token is only good for the window it was made for). */
  tokenFor(organiser: string, window: UtcInterval): Promise<string | undefined>;
  /** Keeps it in place of the one before, whatever window that was for. */
  keep(organiser: string, window: UtcInterval, token: string): Promise<void>;
  forget(organiser: string): Promise<void>;
}

/** A change to a booked session made in the organiser's calendar (Outlook), not through Convene: the project team is told. */
export type OutlookChange = { kind: 'moved'; from: UtcInterval; to: UtcInterval } | { kind: 'cancelled' };
