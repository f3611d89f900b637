/**
 * The local calendar's changes since a token, as Graph's calendarView/delta gives them. Every write of an event takes
 * the next change number (migration 0013's trigger, numbers committed in their order); the token is the highest
 * number the last call saw.
 */
import { sql, type Kysely } from 'kysely';
import type { UtcInterval } from '../../domain/shared/index.js';
import type { CalendarChanges, EventChange } from '../../services/ports/index.js';
import { isoString, lowerCase } from '../../store/column-values.js';
import type { Database, LocalAttendee } from '../../store/schema.js';
import { changeToken, positionOf } from '../change-rules.js';

interface ChangedRow {
  /** The highest change number in the calendar, in the same snapshot as the rows. */
  high: string;
  id: string | null;
  ical_uid: string;
  subject: string;
  start_at: Date | string;
  end_at: Date | string;
  attendees: LocalAttendee[];
  cancelled: boolean;
}

const RESYNC: CalendarChanges = { kind: 'resync' };

export const localChangesSince = async (
  db: Kysely<Database>,
  organiser: string,
  window: UtcInterval,
  token?: string,
): Promise<CalendarChanges> => {
  const since = token === undefined ? undefined : positionOf(token, organiser, window);
  if (token !== undefined && !/^\d+$/.test(since ?? '')) return RESYNC;
  // A first call takes what is in the window now; a later one every event written since, wherever it is now.
  const which =
    since === undefined
      ? sql`event.cancelled_at is null and event.start_at < ${window.end} and event.end_at > ${window.start}`
      : sql`event.change > ${since}::bigint`;
  // One statement, so that the high mark and the rows come from one snapshot.
  const { rows } = await sql<ChangedRow>`
    with high as (select coalesce(max(change), 0)::text as high from local_events)
    select high.high, event.id, event.ical_uid, event.subject, event.start_at, event.end_at, event.attendees,
      event.cancelled_at is not null as cancelled
    from high left join local_events as event on event.organiser = ${lowerCase(organiser)} and ${which}
    order by event.start_at, event.id`.execute(db);
  const high = rows[0]?.high ?? '0';
  // A token from beyond the calendar's last change was made on another database (./data deleted and made again).
  if (since !== undefined && BigInt(since) > BigInt(high)) return RESYNC;
  const changes = rows.flatMap((row) => (row.id === null ? [] : [changeOf({ ...row, id: row.id }, window)]));
  return { kind: 'changes', changes, token: changeToken(organiser, window, high) };
};

const changeOf = (row: ChangedRow & { id: string }, window: UtcInterval): EventChange => {
  const start = isoString(row.start_at);
  const end = isoString(row.end_at);
  const inWindow = Date.parse(start) < Date.parse(window.end) && Date.parse(end) > Date.parse(window.start);
  if (row.cancelled || !inWindow) return { kind: 'removed', id: row.id };
  return {
    kind: 'changed',
    id: row.id,
    iCalUId: row.ical_uid,
    subject: row.subject,
    start,
    end,
    responses: row.attendees.map((person) => ({ email: person.email, rsvp: person.response })),
  };
};
