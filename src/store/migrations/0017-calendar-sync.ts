import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Outlook is truth too: a sync per organiser mailbox reads what changed in their calendar since its last round
 * (src/services/calendar-sync/). Where that round ended is kept here, one row per organiser, with the window it was
 * made for: a token is good for that window only.
 */
export const calendarSyncMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('change_tokens')
      .addColumn('organiser', 'text', (column) => column.primaryKey())
      .addColumn('window_start', 'timestamptz', (column) => column.notNull())
      .addColumn('window_end', 'timestamptz', (column) => column.notNull())
      .addColumn('token', 'text', (column) => column.notNull())
      .addColumn('kept_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
      .execute();
  },
};
