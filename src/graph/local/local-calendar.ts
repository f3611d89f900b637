/**
 * The calendar for `npm start` and demos with no Microsoft tenant: events live in our own database
 * (local_events), one row per event, shared by the organiser and every attendee. A cancelled event stays as a row,
 * out of every view, so that changes since a token can report it.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { BusyByPerson, UtcInterval } from '../../domain/shared/index.js';
import type { RsvpAnswer } from '../../domain/invitations/index.js';
import type { CalendarChanges, CalendarEvent, CalendarPort, EventState, EventUpdate, NewEvent } from '../../services/ports/index.js';
import { isoString, isUuid, json, lowerCase, optional, uniqueEmails } from '../../store/column-values.js';
import type { Database, LocalAttendee, LocalEventsTable } from '../../store/schema.js';
import { localChangesSince } from './local-calendar-changes.js';
import { cancelLocalEvent, localJoinUrl, updateLocalEvent } from './local-event-update.js';

export class LocalCalendar implements CalendarPort {
  constructor(private readonly db: Kysely<Database>) {}

  async getBusy(_organiser: string, emails: string[], window: UtcInterval): Promise<BusyByPerson> {
    const wanted = uniqueEmails(emails);
    const busy: BusyByPerson = new Map(wanted.map((email) => [email, []]));
    if (wanted.length === 0) return busy;
    const events = await this.db
      .selectFrom('local_events')
      .select(['organiser', 'attendees', 'start_at', 'end_at'])
      .where('start_at', '<', new Date(window.end))
      .where('end_at', '>', new Date(window.start))
      .where('cancelled_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('organiser', 'in', wanted),
          sql<boolean>`exists (select 1 from jsonb_array_elements(${eb.ref('attendees')}) as attendee
            where attendee->>'email' in (${sql.join(wanted)}))`,
        ]),
      )
      .orderBy('start_at')
      .execute();
    for (const event of events) {
      const interval = { start: isoString(event.start_at), end: isoString(event.end_at) };
      const people = [event.organiser, ...busyAttendees(event.attendees)];
      for (const email of new Set(people)) busy.get(email)?.push(interval);
    }
    return busy;
  }

  async createEvent(organiser: string, event: NewEvent): Promise<CalendarEvent> {
    const id = randomUUID();
    const inserted = await this.db
      .insertInto('local_events')
      .values({
        id,
        organiser: lowerCase(organiser),
        transaction_id: event.transactionId,
        ical_uid: randomUUID(),
        subject: event.subject,
        body: event.body,
        start_at: event.start,
        end_at: event.end,
        attendees: json(uniqueEmails(event.attendees).map((email) => ({ email, response: 'pending' }))),
        online: event.online,
        location: event.location ?? null,
        join_url: event.online ? localJoinUrl(id) : null,
      })
      // A retry of the same create returns the event made the first time, as Graph's transactionId does.
      .onConflict((conflict) => conflict.columns(['organiser', 'transaction_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    const row =
      inserted ??
      (await this.db
        .selectFrom('local_events')
        .selectAll()
        .where('organiser', '=', lowerCase(organiser))
        .where('transaction_id', '=', event.transactionId)
        .executeTakeFirstOrThrow());
    return toCalendarEvent(row);
  }

  /** One at a time: our own database has no batch limits to respect. */
  async createEvents(organiser: string, events: NewEvent[]): Promise<(CalendarEvent | Error)[]> {
    const created: (CalendarEvent | Error)[] = [];
    for (const event of events) {
      try {
        created.push(await this.createEvent(organiser, event));
      } catch (error) {
        created.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return created;
  }

  /** One statement, as an answer press writes it: the attendee's response changes in place, in their order. */
  async respond(attendee: string, iCalUId: string, answer: RsvpAnswer): Promise<void> {
    const email = lowerCase(attendee);
    const changed = await sql<{ id: string }>`
      update local_events set attendees = (
        select jsonb_agg(case when person->>'email' = ${email} then jsonb_set(person, '{response}', to_jsonb(${answer}::text)) else person end order by place)
        from jsonb_array_elements(attendees) with ordinality as listed(person, place)
      )
      where ical_uid = ${iCalUId} and cancelled_at is null
        and attendees @> jsonb_build_array(jsonb_build_object('email', ${email}::text))
      returning id`.execute(this.db);
    if (changed.rows.length === 0) throw new Error(`No event ${iCalUId} in this attendee's calendar`);
  }

  async updateEvent(organiser: string, eventId: string, update: EventUpdate): Promise<CalendarEvent | undefined> {
    const updated = await updateLocalEvent(this.db, organiser, eventId, update);
    return updated && toCalendarEvent(updated);
  }

  /** There is no mail here: the comment reaches nobody. */
  cancelEvent(organiser: string, eventId: string, _comment?: string): Promise<void> {
    return cancelLocalEvent(this.db, organiser, eventId);
  }

  changesSince(organiser: string, window: UtcInterval, token?: string): Promise<CalendarChanges> {
    return localChangesSince(this.db, organiser, window, token);
  }

  async eventState(organiser: string, eventId: string): Promise<EventState> {
    const event = isUuid(eventId)
      ? await this.db
          .selectFrom('local_events')
          .select(['start_at', 'end_at', 'cancelled_at'])
          .where('id', '=', eventId)
          .where('organiser', '=', lowerCase(organiser))
          .executeTakeFirst()
      : undefined;
    if (!event) return { kind: 'gone' };
    if (event.cancelled_at) return { kind: 'cancelled' };
    return { kind: 'scheduled', start: isoString(event.start_at), end: isoString(event.end_at) };
  }
}

/** A declined invitation leaves the time free. */
const busyAttendees = (attendees: LocalAttendee[]): string[] =>
  attendees.filter((person) => person.response !== 'declined').map((person) => person.email);

const toCalendarEvent = (row: Selectable<LocalEventsTable>): CalendarEvent => ({
  id: row.id,
  iCalUId: row.ical_uid,
  joinUrl: optional(row.join_url),
});
