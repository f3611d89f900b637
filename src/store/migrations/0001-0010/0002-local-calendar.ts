import type { Kysely, Migration } from 'kysely';

/** The local calendar's events (src/graph/local-calendar.ts), for running without a Microsoft tenant. */
export const localCalendarMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('local_events')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('organiser', 'text', (col) => col.notNull())
      .addColumn('transaction_id', 'text', (col) => col.notNull())
      .addColumn('ical_uid', 'text', (col) => col.notNull().unique())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('start_at', 'timestamptz', (col) => col.notNull())
      .addColumn('end_at', 'timestamptz', (col) => col.notNull())
      .addColumn('attendees', 'jsonb', (col) => col.notNull())
      .addColumn('online', 'boolean', (col) => col.notNull())
      .addColumn('location', 'text')
      .addColumn('join_url', 'text')
      // A retried create with the same transaction id finds the event made the first time.
      .addUniqueConstraint('local_events_organiser_transaction', ['organiser', 'transaction_id'])
      .execute();
    await db.schema.createIndex('local_events_start_at').on('local_events').columns(['start_at', 'end_at']).execute();
  },

  async down(db: Kysely<any>) {
    await db.schema.dropTable('local_events').execute();
  },
};
