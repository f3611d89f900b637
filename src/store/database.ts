import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Dialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export interface DatabaseOptions {
  /** postgres://…: a PostgreSQL server. Without it, PGlite runs in this process. */
  databaseUrl?: string;
  /** PGlite's files; in memory when undefined. */
  dataDir?: string;
}

/** Opens the database and checks it answers. `destroy()` closes the pool or PGlite. */
export const openDatabase = async (options: DatabaseOptions): Promise<Kysely<Database>> => {
  const db = new Kysely<Database>({ dialect: await createDialect(options) });
  try {
    // Also initialises the driver, without which destroy() would not close PGlite.
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
};

const createDialect = async ({ databaseUrl, dataDir }: DatabaseOptions): Promise<Dialect> => {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl });
    // An idle connection dropped by the server must not crash the bot: the pool replaces it on next use.
    pool.on('error', () => undefined);
    return new PostgresDialect({ pool });
  }
  return new PGliteDialect(await PGlite.create(dataDir));
};
