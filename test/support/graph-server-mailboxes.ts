import { randomBytes, randomUUID } from 'node:crypto';
import type { Attendee, Event, Message, ResponseType } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { DeltaRounds } from './graph-server-delta.js';
import type { MeetingNotice } from './graph-server-event-changes.js';
import { graphError, graphTime, instantOf, type GraphReply } from './graph-server-reply.js';

/** A message sent through `POST /users/{from}/sendMail`. */
export interface SentMail {
  from: string;
  message: Message;
  saveToSentItems: boolean;
}

/** Every mailbox's events, start and end kept in UTC as Graph stores them. */
export class GraphMailboxes {
  private readonly byMailbox = new Map<string, Map<string, Event>>();
  /** Every message sent, in order. */
  readonly sent: SentMail[] = [];
  /** Each person's installed Teams apps (catalog ids), as `teamwork/installedApps` keeps them. */
  readonly installed = new Map<string, Set<string>>();
  /** People for whom the tenant's policy refuses an app installation (403). */
  readonly installBlocked = new Set<string>();
  /** Everyone asked about by address, whose id (userIdOf) then names them too. */
  readonly knownUsers = new Set<string>();
  /** Called when an app is installed for someone: Teams would now send the bot a conversationUpdate. */
  onInstall?: (email: string, catalogId: string) => void;
  /** Every meeting request, update and cancellation the organisers' changes sent, one per recipient, in order. */
  readonly notices: MeetingNotice[] = [];
  /** The rounds of calendarView/delta handed out. */
  readonly delta = new DeltaRounds();

  events(mailbox: string): Event[] {
    return [...this.mailbox(mailbox).values()];
  }

  get(mailbox: string, id: string): Event | undefined {
    return this.mailbox(mailbox).get(id);
  }

  withICalUId(mailbox: string, iCalUId: string): Event[] {
    return this.events(mailbox).filter((event) => event.iCalUId === iCalUId);
  }

  /** Creates the organiser's event and a copy in each attendee's mailbox; a used transactionId returns the first. */
  create(organiser: string, request: Event): GraphReply {
    const owner = organiser.toLowerCase();
    const repeated = request.transactionId
      ? this.events(owner).find((event) => event.transactionId === request.transactionId)
      : undefined;
    if (repeated) return { status: 201, body: repeated };

    const start = instantOf(request.start);
    const end = instantOf(request.end);
    if (!start || !end) return graphError(400, 'ErrorInvalidRequest', 'The event needs a valid start and end.');
    if (end < start) return graphError(400, 'ErrorInvalidRequest', 'The end of the event is before its start.');

    const attendees: Attendee[] = (request.attendees ?? []).map((attendee) => ({
      type: attendee.type ?? 'required',
      emailAddress: { ...attendee.emailAddress, address: attendee.emailAddress?.address?.toLowerCase() },
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
    }));
    const online = request.isOnlineMeeting === true;
    const event: Event = {
      ...request,
      id: newId(),
      iCalUId: `040000008200E00074C5B7101A82E008${randomBytes(24).toString('hex').toUpperCase()}`,
      createdDateTime: DateTime.utc().toISO(),
      start: graphTime(start, 'UTC'),
      end: graphTime(end, 'UTC'),
      originalStartTimeZone: request.start?.timeZone ?? 'UTC',
      originalEndTimeZone: request.end?.timeZone ?? 'UTC',
      showAs: request.showAs ?? 'busy',
      isOrganizer: true,
      organizer: { emailAddress: { address: owner } },
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      attendees,
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? (request.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown',
      onlineMeeting: online ? { joinUrl: joinUrl() } : null,
    };
    this.mailbox(owner).set(event.id as string, event);
    for (const attendee of attendees) {
      const address = attendee.emailAddress?.address;
      if (address && address !== owner) this.inviteCopy(event, address);
    }
    return { status: 201, body: event };
  }

  /** The attendee's copy of the organiser's event, in their mailbox, not answered yet. */
  inviteCopy(event: Event, address: string): void {
    const copy: Event = {
      ...structuredClone(event),
      id: newId(),
      transactionId: null,
      isOrganizer: false,
      responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
    };
    this.mailbox(address).set(copy.id as string, copy);
  }

  /** Takes the event out of the mailbox's calendar (deleted, or cancelled: moved to Deleted Items). */
  remove(mailbox: string, id: string): void {
    this.mailbox(mailbox).delete(id);
  }

  /** accept / tentativelyAccept / decline on an attendee's copy; the organiser's copy records the answer. */
  respond(mailbox: string, id: string, response: ResponseType): GraphReply {
    const copy = this.get(mailbox, id);
    if (!copy) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (copy.isOrganizer) {
      const message = "Your request can't be completed. You can't respond to your own meeting.";
      return graphError(400, 'ErrorInvalidRequest', message);
    }
    const time = DateTime.utc().toISO();
    copy.responseStatus = { response, time };
    const organiser = copy.organizer?.emailAddress?.address ?? '';
    const original = this.withICalUId(organiser, copy.iCalUId ?? '').find((event) => event.isOrganizer);
    const attendee = original?.attendees?.find((entry) => entry.emailAddress?.address === mailbox.toLowerCase());
    if (attendee) attendee.status = { response, time };
    // As Graph answers it: 202, a JSON content type, and nothing in the body ("does not return anything", event-accept).
    return { status: 202, headers: { 'Content-Type': 'application/json' } };
  }

  private mailbox(address: string): Map<string, Event> {
    const key = address.toLowerCase();
    let events = this.byMailbox.get(key);
    if (!events) {
      events = new Map();
      this.byMailbox.set(key, events);
    }
    return events;
  }
}

const newId = (): string => `AAMkAD${randomBytes(30).toString('base64url')}`;

const joinUrl = (): string =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${randomUUID().replace(/-/g, '')}%40thread.v2/0`;
