/**
 * Updates and cancellations in the local calendar, with the semantics Graph gives them (EventUpdate): only what
 * differs is written, and a time change asks every attendee again. Nobody is told: there is no mail here.
 */
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { EventUpdate } from '../../services/ports/index.js';
import { isUuid, json, lowerCase } from '../../store/column-values.js';
import type { Database, LocalAttendee, LocalEventsTable } from '../../store/schema.js';
import { attendeeChanges } from '../change-rules.js';

/** Clearly not a real meeting. */
export const localJoinUrl = (eventId: string): string => `https://teams.local.example/meet/${eventId}`;

type LocalEvent = Selectable<LocalEventsTable>;

/** The event as it is after the update; undefined when it is cancelled or was never the organiser's. */
export const updateLocalEvent = async (
  db: Kysely<Database>,
  organiser: string,
  eventId: string,
  update: EventUpdate,
): Promise<LocalEvent | undefined> => {
  if (!isUuid(eventId)) return undefined;
  // Read and write in one transaction, the row locked: an answer written in between would otherwise be lost.
  return db.transaction().execute(async (trx) => {
    const event = await trx
      .selectFrom('local_events')
      .selectAll()
      .where('id', '=', eventId)
      .where('organiser', '=', lowerCase(organiser))
      .where('cancelled_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!event) return undefined;
    const changes = changedColumns(event, update);
    if (Object.keys(changes).length === 0) return event;
    return trx.updateTable('local_events').set(changes).where('id', '=', event.id).returningAll().executeTakeFirstOrThrow();
  });
};

/** Marks the event cancelled; one cancelled already, or unknown, is left as it is. */
export const cancelLocalEvent = async (db: Kysely<Database>, organiser: string, eventId: string): Promise<void> => {
  if (!isUuid(eventId)) return;
  await db
    .updateTable('local_events')
    .set({ cancelled_at: sql<string>`now()` })
    .where('id', '=', eventId)
    .where('organiser', '=', lowerCase(organiser))
    .where('cancelled_at', 'is', null)
    .execute();
};

const changedColumns = (event: LocalEvent, update: EventUpdate): Updateable<LocalEventsTable> => {
  const changes: Updateable<LocalEventsTable> = {};
  const { time } = update;
  const moved = time !== undefined && (Date.parse(time.start) !== event.start_at.getTime() || Date.parse(time.end) !== event.end_at.getTime());
  if (moved) {
    changes.start_at = time.start;
    changes.end_at = time.end;
  }
  const attendees = invited(event.attendees, update, moved);
  if (JSON.stringify(attendees) !== JSON.stringify(event.attendees)) changes.attendees = json(attendees);
  if (update.subject !== undefined && update.subject !== event.subject) changes.subject = update.subject;
  if (update.body !== undefined && update.body !== event.body) changes.body = update.body;
  const location = update.location === undefined ? event.location : update.location || null;
  if (location !== event.location) changes.location = location;
  if (update.online && !event.online) {
    changes.online = true;
    changes.join_url = localJoinUrl(event.id);
  }
  return changes;
};

/** The attendees after the update, in their order, the added last; after a move, every answer is pending again. */
const invited = (attendees: LocalAttendee[], update: EventUpdate, moved: boolean): LocalAttendee[] => {
  const { removed, added } = attendeeChanges(
    attendees.map((person) => person.email),
    update,
  );
  const kept = attendees.filter((person) => !removed.has(person.email));
  const after = [...kept, ...added.map((email): LocalAttendee => ({ email, response: 'pending' }))];
  return moved ? after.map((person) => ({ ...person, response: 'pending' })) : after;
};
