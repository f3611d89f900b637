/**
 * What GraphCalendar.updateEvent sends: a PATCH of the organiser's event holding only what differs from the event as
 * it is, so that a repeated update sends nothing and tells nobody twice. Graph tells attendees by what the body
 * holds (event-update docs): attendees alone reach only those that changed; anything else reaches every attendee.
 */
import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import type { EventUpdate } from '../services/ports/index.js';
import { attendeeChanges } from './change-rules.js';
import { graphUtc, itemBody, utcIso } from './graph-mapping.js';

/** What is read (in UTC) to tell what differs, and to answer with the event. */
export const UPDATE_READS = ['iCalUId', 'isCancelled', 'subject', 'body', 'start', 'end', 'location', 'attendees', 'isOnlineMeeting', 'onlineMeeting'];

/**
 * The body compares as text: Exchange keeps a body rewritten as HTML, so on Graph a repeated body change is sent
 * again (the same text: one more update to the attendees). A new body of an online event should keep Outlook's
 * joining details ("preserve the meeting blob", event-update docs); the bodies Convene writes do not carry them yet.
 */
export const eventPatch = (current: Event, update: EventUpdate): Event => {
  const patch: Event = {};
  const { time } = update;
  if (time && (!sameInstant(time.start, current.start) || !sameInstant(time.end, current.end))) {
    patch.start = graphUtc(time.start);
    patch.end = graphUtc(time.end);
  }
  const attendees = attendeesAfter(current.attendees ?? [], update);
  if (attendees) patch.attendees = attendees;
  if (update.subject !== undefined && update.subject !== current.subject) patch.subject = update.subject;
  if (update.body !== undefined && update.body !== current.body?.content) patch.body = itemBody(update.body);
  if (update.location !== undefined && update.location !== (current.location?.displayName ?? '')) {
    patch.location = { displayName: update.location };
  }
  if (update.online && !current.isOnlineMeeting) {
    patch.isOnlineMeeting = true;
    patch.onlineMeetingProvider = 'teamsForBusiness';
  }
  return patch;
};

const sameInstant = (utc: string, graph: Event['start']): boolean => Date.parse(utc) === Date.parse(utcIso(graph));

/** The whole list, as Graph takes it, when the update changes it; each attendee kept as they were. */
const attendeesAfter = (current: Attendee[], update: EventUpdate): Attendee[] | undefined => {
  const address = (attendee: Attendee) => attendee.emailAddress?.address?.toLowerCase() ?? '';
  const { removed, added } = attendeeChanges(current.map(address), update);
  const kept = current.filter((attendee) => !removed.has(address(attendee)));
  if (added.length === 0 && kept.length === current.length) return undefined;
  return [
    ...kept.map((attendee): Attendee => ({ type: attendee.type ?? 'required', emailAddress: attendee.emailAddress })),
    ...added.map((email): Attendee => ({ type: 'required', emailAddress: { address: email } })),
  ];
};
