import { sql, type Kysely, type Migration } from 'kysely';

/**
 * When a person or a chat was last written is kept to the day (people-repository.ts): rows written before keep a
 * time to the microsecond, which could date a note saved beside them, so they are cut to their day too.
 */
export const dayOnlyMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`update conversations set updated_at = date_trunc('day', updated_at) where updated_at <> date_trunc('day', updated_at)`.execute(db);
    await sql`update people set updated_at = date_trunc('day', updated_at) where updated_at <> date_trunc('day', updated_at)`.execute(db);
  },
};
