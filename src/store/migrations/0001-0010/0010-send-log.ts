import type { Kysely, Migration } from 'kysely';

/**
 * Every instance's recent sends and Teams' holds, in one place, so that the limits hold for the app and not only
 * for each process. Times are milliseconds since the epoch, as each instance's clock gave them.
 */
export const sendLogMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('send_log')
      .addColumn('id', 'bigint', (column) => column.generatedAlwaysAsIdentity().primaryKey())
      .addColumn('conversation', 'text', (column) => column.notNull())
      .addColumn('sent_at', 'double precision', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('send_log_by_conversation').on('send_log').columns(['conversation', 'sent_at']).execute();
    await db.schema.createIndex('send_log_by_time').on('send_log').column('sent_at').execute();
    await db.schema
      .createTable('send_holds')
      .addColumn('conversation', 'text', (column) => column.primaryKey())
      .addColumn('until', 'double precision', (column) => column.notNull())
      .execute();
  },
};
