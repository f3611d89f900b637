import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A review keeps its identity across imports: its key (the file's `review.key`, else its name) is unique, and each
 * import of the same key is a new revision of the one row, whose bookings, invitations, answers and notes stay
 * attached. Every revision's file is kept. A proposal remembers the revision it was planned from. A file of a
 * different review, imported while the current one has bookings, waits in pending_imports until the project team
 * says what becomes of the current one's events. `chosen_at`: chat acts on the review imported or chosen last.
 *
 * Before this, every import made a review of its own: of several rows with one name, the latest keeps the key and
 * the earlier ones get keys of their own, so that nothing already attached to them moves.
 */
export const reviewRevisionsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('reviews')
      .addColumn('key', 'text')
      .addColumn('revision', 'integer', (column) => column.notNull().defaultTo(sql`1`))
      .execute();
    await sql`
      update reviews set key = case
        when ranked.place = 1 then ranked.key
        else ranked.key || ' (import ' || reviews.seq || ')'
      end
      from (
        select id, lower(regexp_replace(trim(coalesce(body->>'key', name)), '\\s+', ' ', 'g')) as key,
          row_number() over (partition by lower(regexp_replace(trim(coalesce(body->>'key', name)), '\\s+', ' ', 'g')) order by imported_at desc, seq desc) as place
        from reviews
      ) as ranked
      where ranked.id = reviews.id`.execute(db);
    await db.schema.alterTable('reviews').alterColumn('key', (column) => column.setNotNull()).execute();
    await db.schema.createIndex('reviews_by_key').on('reviews').column('key').unique().execute();
    await db.schema
      .createTable('review_revisions')
      .addColumn('review_id', 'uuid', (column) => column.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('revision', 'integer', (column) => column.notNull())
      .addColumn('body', 'jsonb', (column) => column.notNull())
      .addColumn('imported_by', 'text', (column) => column.notNull())
      .addColumn('imported_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('review_revisions_pk', ['review_id', 'revision'])
      .execute();
    await sql`insert into review_revisions (review_id, revision, body, imported_by, imported_at) select id, 1, body, imported_by, imported_at from reviews`.execute(db);
    await db.schema.alterTable('proposals').addColumn('revision', 'integer', (column) => column.notNull().defaultTo(sql`1`)).execute();
    await db.schema.alterTable('reviews').addColumn('chosen_at', 'timestamptz').execute();
    await db.schema
      .createTable('pending_imports')
      .addColumn('id', 'uuid', (column) => column.primaryKey())
      .addColumn('body', 'jsonb', (column) => column.notNull())
      .addColumn('imported_by', 'text', (column) => column.notNull())
      .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
      .execute();
  },
};
