import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The outbox's messages: one row per idempotency key, with its state and reason. The jobs that carry them to a
 * worker live in pg-boss's own schema; this table is what the project team sees, and the truth a worker checks.
 * The prompts after a session are messages too, so their claims table goes.
 */
export const outboxMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('messages')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('review_id', 'uuid', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('due_at', 'timestamptz', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('claimed_at', 'timestamptz')
      .addColumn('reason', 'text')
      .addColumn('sent_at', 'timestamptz')
      .addColumn('activity_id', 'text')
      .execute();
    await db.schema.createIndex('messages_review_id').on('messages').column('review_id').execute();
    await db.schema
      .createIndex('messages_unfinished')
      .on('messages')
      .column('due_at')
      .where(sql.ref('state'), 'in', sql`('queued', 'sending')`)
      .execute();
    await db.schema.dropTable('prompts').execute();
    // Where each invite card went, so that an answer given on another card updates it too.
    await db.schema.alterTable('invitations').addColumn('card_activity_id', 'text').execute();
  },
};
