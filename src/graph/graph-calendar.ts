import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { BusyByPerson, UtcInterval } from '../domain/shared/index.js';
import type { RsvpAnswer } from '../domain/invitations/index.js';
import type { CalendarChanges, CalendarEvent, CalendarPort, EventState, EventUpdate, NewEvent } from '../services/ports/index.js';
import { postAction } from './graph-action.js';
import { mailboxOf, sendBatch, type BatchRequest } from './graph-batch.js';
import { graphChangesSince } from './graph-calendar-changes.js';
import { eventPatch, UPDATE_READS } from './graph-event-update.js';
import { graphUtc, itemBody, odataString, responseAction, userPath, utcIso } from './graph-mapping.js';
import { readBusy } from './graph-schedule.js';
import { MailboxGate } from './mailbox-gate.js';

const DEFAULT_PAGE_SIZE = 100;

export interface GraphCalendarOptions {
  /** Events a page of calendarView/delta (`Prefer: odata.maxpagesize`). */
  pageSize?: number;
}

/**
 * The calendar port on Microsoft Graph, acting as the app on the organiser's and attendees' mailboxes.
 * Every request it makes waits for room in its mailbox (at most 4 at once, whatever runs alongside).
 */
export class GraphCalendar implements CalendarPort {
  private readonly pageSize: number;
  private readonly gate = new MailboxGate();

  constructor(
    private readonly client: Client,
    options: GraphCalendarOptions = {},
  ) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  }

  getBusy(organiser: string, emails: string[], window: UtcInterval): Promise<BusyByPerson> {
    return readBusy(this.client, (mailbox, request) => this.inMailbox(mailbox, request), organiser, emails, window);
  }

  async createEvent(organiser: string, event: NewEvent): Promise<CalendarEvent> {
    const created: Event = await this.inMailbox(organiser, () => this.client.api(`${userPath(organiser)}/events`).post(eventRequest(event)));
    return calendarEventOf(created);
  }

  /** Through `$batch` (sendBatch: 20 a batch, 4 at once in the organiser's mailbox, 429s retried). */
  async createEvents(organiser: string, events: NewEvent[]): Promise<(CalendarEvent | Error)[]> {
    if (events.length === 0) return [];
    const url = `${userPath(organiser)}/events`;
    const responses = await sendBatch(
      this.client,
      events.map((event): BatchRequest => ({ method: 'POST', url, body: eventRequest(event) })),
      this.gate,
    );
    return responses.map((response) => {
      if (response.status >= 200 && response.status < 300) {
        try {
          return calendarEventOf(response.body as Event);
        } catch (error) {
          return error as Error;
        }
      }
      const message = (response.body as { error?: { message?: string } } | undefined)?.error?.message;
      return new Error(`Graph answered ${response.status}${message ? `: ${message}` : ''}`);
    });
  }

  async respond(attendee: string, iCalUId: string, answer: RsvpAnswer, comment?: string): Promise<void> {
    const found: { value: Event[] } = await this.inMailbox(attendee, () =>
      this.client
        .api(`${userPath(attendee)}/events`)
        .filter(encodeURIComponent(`iCalUId eq ${odataString(iCalUId)}`))
        .select('id')
        .get(),
    );
    const id = found.value[0]?.id;
    if (!id) throw new Error(`No copy of event ${iCalUId} in the calendar of the attendee`);
    await this.inMailbox(attendee, () =>
      postAction(this.client.api(`${userPath(attendee)}/events/${encodeURIComponent(id)}/${responseAction[answer]}`), {
        ...(comment ? { comment } : {}),
        sendResponse: true,
      }),
    );
  }

  async updateEvent(organiser: string, eventId: string, update: EventUpdate): Promise<CalendarEvent | undefined> {
    const path = `${userPath(organiser)}/events/${encodeURIComponent(eventId)}`;
    const current: Event | undefined = await unlessGone(
      this.inMailbox(organiser, () => this.client.api(path).header('Prefer', 'outlook.timezone="UTC"').select(UPDATE_READS).get()),
    );
    if (!current || current.isCancelled) return undefined;
    const patch = eventPatch(current, update);
    if (Object.keys(patch).length === 0) return calendarEventOf(current);
    const updated: Event = await this.inMailbox(organiser, () => this.client.api(path).patch(patch));
    return calendarEventOf(updated);
  }

  /** Cancel moves the event to Deleted Items, where Graph no longer finds it: a 404 is a cancellation done already. */
  async cancelEvent(organiser: string, eventId: string, comment?: string): Promise<void> {
    const path = `${userPath(organiser)}/events/${encodeURIComponent(eventId)}/cancel`;
    await unlessGone(this.inMailbox(organiser, () => this.client.api(path).post(comment ? { comment } : {})));
  }

  changesSince(organiser: string, window: UtcInterval, token?: string): Promise<CalendarChanges> {
    const source = { client: this.client, pageSize: this.pageSize, inMailbox: <T>(request: () => Promise<T>) => this.inMailbox(organiser, request) };
    return graphChangesSince(source, organiser, window, token);
  }

  /** A 404 is an event deleted, or cancelled by its organiser (cancel moves it to Deleted Items, where Graph no longer finds it). */
  async eventState(organiser: string, eventId: string): Promise<EventState> {
    const path = `${userPath(organiser)}/events/${encodeURIComponent(eventId)}`;
    const event: Event | undefined = await unlessGone(
      this.inMailbox(organiser, () => this.client.api(path).header('Prefer', 'outlook.timezone="UTC"').select(['start', 'end', 'isCancelled']).get()),
    );
    if (!event) return { kind: 'gone' };
    if (event.isCancelled) return { kind: 'cancelled' };
    return { kind: 'scheduled', start: utcIso(event.start), end: utcIso(event.end) };
  }

  private inMailbox<T>(mailbox: string, request: () => Promise<T>): Promise<T> {
    return this.gate.run(mailboxOf(userPath(mailbox)), request);
  }
}

/** The event as Graph takes it, the same for a single create and a batched one. */
const eventRequest = (event: NewEvent): Event => ({
  transactionId: event.transactionId,
  subject: event.subject,
  body: itemBody(event.body),
  start: graphUtc(event.start),
  end: graphUtc(event.end),
  attendees: event.attendees.map((address) => ({ emailAddress: { address }, type: 'required' })),
  allowNewTimeProposals: false,
  ...(event.online ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : {}),
  ...(event.location ? { location: { displayName: event.location } } : {}),
});

/** Undefined when Graph answers 404: the event is not (or no longer) in the mailbox. */
const unlessGone = async <T>(request: Promise<T>): Promise<T | undefined> => {
  try {
    return await request;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
};

const calendarEventOf = (created: Event): CalendarEvent => {
  if (!created.id || !created.iCalUId) throw new Error('Graph created an event without an id');
  return { id: created.id, iCalUId: created.iCalUId, joinUrl: created.onlineMeeting?.joinUrl ?? undefined };
};
