/**
 * What a sync does with each change the organiser's calendar reports for a booked session: answers given in Outlook
 * are taken in, a new time is a move, and an event cancelled or deleted is a cancellation (session-changed.ts).
 * A change Convene made itself comes back too, and finds the booking as it is already: nothing happens.
 */
import { answerFromCalendar } from '../../domain/invitations/index.js';
import type { UtcInterval } from '../../domain/shared/index.js';
import { cardRedraws, declineMessages } from '../invitations/index.js';
import type { AttendeeResponse, Booking, EventChange } from '../ports/index.js';
import { cancelledInCalendar, movedInCalendar, type BookedSession, type CalendarSyncDeps } from './session-changed.js';

/** What a sync followed: answers given in Outlook, sessions moved there and cancelled there. */
export interface Synced {
  answers: number;
  moved: number;
  cancelled: number;
}

export const followChanges = async (deps: CalendarSyncDeps, organiser: string, sessions: BookedSession[], changes: EventChange[]): Promise<Synced> => {
  const byEvent = new Map(sessions.map((session) => [session.booking.eventId, session]));
  const byUid = new Map(sessions.map((session) => [session.booking.iCalUId, session]));
  const synced: Synced = { answers: 0, moved: 0, cancelled: 0 };
  for (const change of changes) {
    if (change.kind === 'changed') {
      const session = byEvent.get(change.id) ?? byUid.get(change.iCalUId);
      if (!session) continue;
      if (!sameTime(session.booking, change) && (await movedInCalendar(deps, session, change))) synced.moved += 1;
      synced.answers += await takeAnswers(deps, session, change.responses);
      continue;
    }
    const session = byEvent.get(change.id);
    if (!session) continue;
    // Cancelled, deleted and moved out of the window are reported alike: the event itself says which.
    const state = await deps.calendar.eventState(organiser, change.id);
    if (state.kind !== 'scheduled') {
      if (await cancelledInCalendar(deps, session)) synced.cancelled += 1;
    } else if (!sameTime(session.booking, state) && (await movedInCalendar(deps, session, state))) {
      synced.moved += 1;
    }
  }
  return synced;
};

const sameTime = (booking: Booking, time: UtcInterval): boolean =>
  Date.parse(booking.start) === Date.parse(time.start) && Date.parse(booking.end) === Date.parse(time.end);

/**
 * Each attendee's answer in the calendar, taken by the rule `status` uses (answerFromCalendar) and not written back.
 * The person's cards show it; a new decline is told to the project team as one given on a card is.
 */
const takeAnswers = async (deps: CalendarSyncDeps, { stored, booking }: BookedSession, responses: AttendeeResponse[]): Promise<number> => {
  // A full sync reports every event: most have nothing to take, and need no read.
  if (responses.every((response) => response.rsvp === 'pending')) return 0;
  let taken = 0;
  for (const invitation of await deps.store.invitations.forBookings([booking.id])) {
    const calendar = responses.find((response) => response.email === invitation.email)?.rsvp;
    const answer = calendar && answerFromCalendar(invitation.rsvp, calendar);
    if (!answer) continue;
    const recorded = await deps.store.invitations.answerAs(invitation.id, invitation.email, answer, undefined, deps.now());
    const answered = recorded?.invitation;
    if (!answered) continue;
    taken += 1;
    const told = answer === 'declined' && recorded.before.rsvp !== 'declined' ? declineMessages(stored, answered, recorded.before, deps.now()) : [];
    const cards = await cardRedraws(deps.store, answered, `outlook-answer:${answered.answeredAt}`, deps.now());
    await deps.outbox.queue([...told, ...cards]);
  }
  return taken;
};
