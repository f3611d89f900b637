import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A review's row counts its changes, so that an instance can keep the parsed review (15 KB of JSON, read on every
 * answer and message) and tell from one small column whether its copy is still current. A trigger counts them,
 * so that no writer (a later feature, an operator by hand) can change a review and leave a stale copy in use.
 */
export const reviewVersionMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('reviews').addColumn('version', 'integer', (column) => column.notNull().defaultTo(sql`1`)).execute();
    await sql`
      create function reviews_next_version() returns trigger language plpgsql as $$
      begin
        new.version := old.version + 1;
        return new;
      end
      $$`.execute(db);
    await sql`create trigger reviews_version before update on reviews for each row execute function reviews_next_version()`.execute(db);
  },
};
