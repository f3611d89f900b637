import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Notes, concerns, EHCP forms, prompts, downloads and purges. The notes table has no author, session,
 * serial or time column, and its day cannot hold a time: non-attribution is in the schema itself.
 */
export const evidenceMigration: Migration = {
  async up(db: Kysely<any>) {
    const now = sql`clock_timestamp()`;
    const review = (col: any) => col.notNull().references('reviews.id').onDelete('cascade');

    await db.schema
      .createTable('notes')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', review)
      .addColumn('themes', 'jsonb', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('strength', 'areaForConsideration', 'evidence', 'followUp')`))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull().check(sql`day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
      .addColumn('token_hash', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('notes_review_id').on('notes').column('review_id').execute();

    await db.schema
      .createTable('concerns')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', review)
      .addColumn('author', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('raised_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .execute();

    await db.schema
      .createTable('case_forms')
      .addColumn('review_id', 'uuid', review)
      .addColumn('case_id', 'text', (col) => col.notNull())
      .addColumn('body', 'jsonb', (col) => col.notNull())
      .addColumn('saved_by', 'text', (col) => col.notNull())
      .addColumn('saved_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .addPrimaryKeyConstraint('case_forms_pk', ['review_id', 'case_id'])
      .execute();

    await db.schema
      .createTable('prompts')
      .addColumn('booking_id', 'uuid', (col) => col.notNull().references('bookings.id').onDelete('cascade'))
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('prompts_pk', ['booking_id', 'email', 'kind'])
      .execute();

    await db.schema
      .createTable('downloads')
      .addColumn('token_hash', 'text', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', review)
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('content_type', 'text', (col) => col.notNull())
      .addColumn('body', 'bytea', (col) => col.notNull())
      .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('purges')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', review)
      .addColumn('purged_by', 'text', (col) => col.notNull())
      .addColumn('purged_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .addColumn('notes', 'integer', (col) => col.notNull())
      .addColumn('concerns', 'integer', (col) => col.notNull())
      .execute();
  },
};
