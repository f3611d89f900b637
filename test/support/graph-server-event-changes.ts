/**
 * Changes to events already made, as Graph and Exchange answer them: PATCH of an event (event-update docs: a body
 * holding attendees alone sends updates only to the attendees that changed; otherwise every attendee gets one, and a
 * new time clears the answers tallied, MS-OXOCAL "Clearing Previous Responses"), and the organiser's cancel
 * (event-cancel docs: 202, the event moves to Deleted Items, so Graph no longer finds it; an attendee gets 400).
 * Each meeting request, update and cancellation sent is recorded as a notice, one per recipient.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import type { GraphMailboxes } from './graph-server-mailboxes.js';
import { graphError, graphTime, instantOf, json, type GraphCall, type GraphReply } from './graph-server-reply.js';

export interface MeetingNotice {
  /** The organiser. */
  from: string;
  to: string;
  kind: 'request' | 'update' | 'cancellation';
  iCalUId: string;
  subject: string;
  /** The cancellation's comment. */
  comment?: string;
}

const NOT_FOUND = (): GraphReply => graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
const NOT_ANSWERED = { response: 'none', time: '0001-01-01T00:00:00Z' } as const;
/** What a PATCH may change here: what Convene's updates and the tests' changes in Outlook send. */
const MEETING_FIELDS = ['subject', 'body', 'location'] as const;

/** PATCH and cancel of `/users/{id}/events/{id}`, and calendarView/delta; undefined for any other call. */
export const routeEventChanges = (call: GraphCall, mailboxes: GraphMailboxes): GraphReply | undefined => {
  const [, mailbox = '', collection, id = '', action, ...more] = call.path.split('/').filter(Boolean);
  if (call.method === 'GET' && collection === 'calendarView' && id === 'delta' && !action) return mailboxes.delta.answer(mailboxes, mailbox, call);
  if (collection !== 'events' || !id || more.length > 0) return undefined;
  if (call.method === 'PATCH' && !action) return patchEvent(mailboxes, mailbox, id, (call.body ?? {}) as Event);
  if (call.method === 'POST' && action === 'cancel') {
    return cancelEvent(mailboxes, mailbox, id, (call.body as { comment?: string } | undefined)?.comment);
  }
  return undefined;
};

export const patchEvent = (mailboxes: GraphMailboxes, mailbox: string, id: string, request: Event): GraphReply => {
  const event = mailboxes.get(mailbox, id);
  if (!event) return NOT_FOUND();
  const start = request.start ? instantOf(request.start) : instantOf(event.start);
  const end = request.end ? instantOf(request.end) : instantOf(event.end);
  if (!start || !end) return graphError(400, 'ErrorInvalidRequest', 'The event needs a valid start and end.');
  if (end < start) return graphError(400, 'ErrorInvalidRequest', 'The end of the event is before its start.');

  const moved = start.toMillis() !== instantOf(event.start)?.toMillis() || end.toMillis() !== instantOf(event.end)?.toMillis();
  const before = invitees(event);
  for (const field of MEETING_FIELDS) if (request[field] !== undefined) event[field] = request[field] as never;
  if (request.start) event.originalStartTimeZone = request.start.timeZone ?? 'UTC';
  if (request.end) event.originalEndTimeZone = request.end.timeZone ?? 'UTC';
  event.start = graphTime(start, 'UTC');
  event.end = graphTime(end, 'UTC');
  if (request.attendees) event.attendees = request.attendees.map((attendee) => kept(attendee, event.attendees ?? []));
  // Once online, an event stays online: Outlook ignores later changes of isOnlineMeeting (event resource docs).
  if (request.isOnlineMeeting && !event.isOnlineMeeting) {
    event.isOnlineMeeting = true;
    event.onlineMeetingProvider = request.onlineMeetingProvider ?? 'teamsForBusiness';
    event.onlineMeeting = { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id.slice(-12)}%40thread.v2/0` };
  }
  if (moved) event.attendees = (event.attendees ?? []).map((attendee) => ({ ...attendee, status: { ...NOT_ANSWERED } }));
  if (event.isOrganizer) sendUpdates(mailboxes, event, before, Object.keys(request).every((key) => key === 'attendees'), moved);
  return json(event);
};

export const cancelEvent = (mailboxes: GraphMailboxes, mailbox: string, id: string, comment?: string): GraphReply => {
  const event = mailboxes.get(mailbox, id);
  if (!event) return NOT_FOUND();
  if (!event.isOrganizer) {
    return graphError(400, 'ErrorInvalidRequest', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  }
  mailboxes.remove(mailbox, id);
  for (const address of invitees(event)) {
    notify(mailboxes, event, address, 'cancellation', comment);
    cancelCopy(mailboxes, event, address);
  }
  return { status: 202 };
};

/** An attendee the PATCH names keeps the answer they gave; a new one has none. */
const kept = (attendee: Attendee, before: Attendee[]): Attendee => {
  const address = attendee.emailAddress?.address?.toLowerCase();
  const previous = before.find((entry) => entry.emailAddress?.address === address);
  return { type: attendee.type ?? 'required', emailAddress: { ...attendee.emailAddress, address }, status: previous?.status ?? { ...NOT_ANSWERED } };
};

/**
 * The added get a request and a copy, the removed a cancellation and their copy cancelled; the rest an update (and
 * their copy brought up to date) unless the PATCH held attendees alone.
 */
const sendUpdates = (mailboxes: GraphMailboxes, event: Event, before: string[], attendeesOnly: boolean, moved: boolean): void => {
  const after = invitees(event);
  for (const address of after) {
    if (!before.includes(address)) {
      notify(mailboxes, event, address, 'request');
      mailboxes.inviteCopy(event, address);
    } else if (!attendeesOnly) {
      notify(mailboxes, event, address, 'update');
      refreshCopy(mailboxes, event, address, moved);
    }
  }
  for (const address of before.filter((address) => !after.includes(address))) {
    notify(mailboxes, event, address, 'cancellation');
    cancelCopy(mailboxes, event, address);
  }
};

const refreshCopy = (mailboxes: GraphMailboxes, event: Event, address: string, moved: boolean): void => {
  for (const copy of mailboxes.withICalUId(address, event.iCalUId ?? '')) {
    const { start, end, subject, body, location, attendees, isOnlineMeeting, onlineMeeting } = structuredClone(event);
    Object.assign(copy, { start, end, subject, body, location, attendees, isOnlineMeeting, onlineMeeting });
    if (moved) copy.responseStatus = { response: 'notResponded', time: NOT_ANSWERED.time };
  }
};

/** Exchange keeps a cancelled meeting in the attendee's calendar, marked, until they remove it. */
const cancelCopy = (mailboxes: GraphMailboxes, event: Event, address: string): void => {
  for (const copy of mailboxes.withICalUId(address, event.iCalUId ?? '')) {
    copy.isCancelled = true;
    copy.subject = `Canceled: ${event.subject ?? ''}`;
  }
};

const notify = (mailboxes: GraphMailboxes, event: Event, to: string, kind: MeetingNotice['kind'], comment?: string): void => {
  const from = event.organizer?.emailAddress?.address ?? '';
  mailboxes.notices.push({ from, to, kind, iCalUId: event.iCalUId ?? '', subject: event.subject ?? '', ...(comment ? { comment } : {}) });
};

/** The attendees other than the organiser: those who get mail and a copy. */
const invitees = (event: Event): string[] => {
  const organiser = event.organizer?.emailAddress?.address;
  return (event.attendees ?? []).flatMap((attendee) => {
    const address = attendee.emailAddress?.address?.toLowerCase();
    return address && address !== organiser ? [address] : [];
  });
};
