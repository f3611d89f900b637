/**
 * Changes people make in Outlook rather than through Convene, straight on the Graph test server's mailboxes, so that
 * the organiser's calendarView/delta reports them as Graph would.
 */
import type { ResponseType } from '@microsoft/microsoft-graph-types';
import { cancelEvent, patchEvent } from './graph-server-event-changes.js';
import type { GraphMailboxes } from './graph-server-mailboxes.js';
import { graphTime, instantOf, type GraphReply } from './graph-server-reply.js';

export interface Outlook {
  /** The organiser moves the event (UTC ISO instants); Outlook sends every attendee the update. */
  move(organiser: string, eventId: string, time: { start: string; end: string }): void;
  /** The organiser cancels the event; every attendee gets the cancellation. */
  cancel(organiser: string, eventId: string, comment?: string): void;
  /** The organiser deletes the event without telling anyone. */
  delete(organiser: string, eventId: string): void;
  /** The attendee answers the invitation on their copy. */
  answer(attendee: string, iCalUId: string, response: Extract<ResponseType, 'accepted' | 'tentativelyAccepted' | 'declined'>): void;
}

/** `changed` runs after each change, as after a call to the server: subscriptions are told of it. */
export const outlookOn = (mailboxes: GraphMailboxes, changed: () => void): Outlook => {
  const done = (reply: GraphReply): void => {
    if (reply.status >= 300) fail(`Outlook could not make the change: ${JSON.stringify(reply.body)}`);
    changed();
  };
  return {
    move: (organiser, eventId, time) => {
      const at = (iso: string) => graphTime(instantOf({ dateTime: iso, timeZone: 'UTC' }) ?? fail(`not an instant: ${iso}`), 'UTC');
      done(patchEvent(mailboxes, organiser, eventId, { start: at(time.start), end: at(time.end) }));
    },
    cancel: (organiser, eventId, comment) => done(cancelEvent(mailboxes, organiser, eventId, comment)),
    delete: (organiser, eventId) => {
      if (!mailboxes.get(organiser, eventId)) fail(`no event ${eventId} in the calendar of ${organiser}`);
      mailboxes.remove(organiser, eventId);
      changed();
    },
    answer: (attendee, iCalUId, response) => {
      const copy = mailboxes.withICalUId(attendee, iCalUId)[0] ?? fail(`no copy of ${iCalUId} in the calendar of ${attendee}`);
      done(mailboxes.respond(attendee, copy.id as string, response));
    },
  };
};

const fail = (message: string): never => {
  throw new Error(message);
};
