import type { Kysely, Migration } from 'kysely';

/**
 * Graph change notifications on each watched organiser's events: one subscription per organiser. The clientState
 * Graph echoes in every notification is kept as its SHA-256 only, so that someone who reads the database (a backup,
 * a report) still cannot forge a notification; renewing never needs the secret itself.
 */
export const calendarSubscriptionsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('calendar_subscriptions')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('organiser', 'text', (column) => column.notNull().unique())
      .addColumn('client_state_hash', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
      .execute();
  },
};
