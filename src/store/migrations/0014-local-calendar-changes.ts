import { sql, type Kysely, type Migration } from 'kysely';

/** Any fixed number: the key of the transaction lock that puts the local calendar's changes in one line. */
const CHANGE_LOCK = 0x10ca1_ca1;

/**
 * The local calendar's changes since a token (src/graph/local-calendar-changes.ts), as Graph's calendarView/delta
 * gives them: a cancelled event stays as a row (`cancelled_at`), and every write of a row takes the next change
 * number. A trigger numbers them, so that no writer (an update, an answer, an operator by hand) can change an event
 * unseen. It first takes a transaction lock, so that numbers are committed in their order: otherwise a reader could
 * see number 8 committed before 7, keep 8 as its token and never see 7.
 */
export const localCalendarChangesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('local_events').addColumn('cancelled_at', 'timestamptz').execute();
    await sql`create sequence local_events_change`.execute(db);
    await db.schema.alterTable('local_events').addColumn('change', 'bigint', (column) => column.notNull().defaultTo(0)).execute();
    await sql`update local_events set change = nextval('local_events_change')`.execute(db);
    await sql`
      create function local_events_next_change() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${sql.lit(CHANGE_LOCK)});
        new.change := nextval('local_events_change');
        return new;
      end
      $$`.execute(db);
    await sql`create trigger local_events_change before insert or update on local_events for each row execute function local_events_next_change()`.execute(db);
    await db.schema.createIndex('local_events_organiser_change').on('local_events').columns(['organiser', 'change']).execute();
  },
};
