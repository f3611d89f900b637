import { Kysely, PostgresDialect, sql, type Dialect } from 'kysely';
import pg from 'pg';
import { readdir } from 'node:fs/promises';
import { StartupError } from '../startup-error.js';
import { connectionConfig, type PasswordSource } from './entra-password.js';
import { reportingOutages } from './outage-dialect.js';
import { PGliteDialect } from './pglite-dialect.js';
import { PGliteThread } from './pglite-thread.js';
import type { Database } from './schema.js';

export interface DatabaseOptions {
  /** postgres://…: a PostgreSQL server. Without it, PGlite runs in this process, on a thread of its own. */
  databaseUrl?: string;
  /** The password for each new connection to `databaseUrl`, in place of one in the address: a Microsoft Entra token (entraPassword). */
  password?: PasswordSource;
  /** PGlite's files; in memory when undefined. */
  dataDir?: string;
}

/** Opens the database and checks it answers. `destroy()` closes the pool or PGlite. */
export const openDatabase = async (options: DatabaseOptions): Promise<Kysely<Database>> => {
  const db = new Kysely<Database>({ dialect: reportingOutages(await createDialect(options)) });
  try {
    // Also initialises the driver, without which destroy() would not close PGlite.
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
};

const createDialect = async ({ databaseUrl, password, dataDir }: DatabaseOptions): Promise<Dialect> => {
  if (databaseUrl) {
    const pool = new pg.Pool(connectionConfig(databaseUrl, password));
    // An idle connection dropped by the server must not crash the bot: the pool replaces it on next use.
    pool.on('error', () => undefined);
    return new PostgresDialect({ pool });
  }
  if (dataDir) await checkDataDir(dataDir);
  const pglite = await PGliteThread.open(dataDir).catch((error: unknown) => {
    if (!dataDir) throw error;
    // PGlite's own error is an Emscripten abort with no word of which folder or what to do.
    throw new StartupError(`DATA_DIR ${dataDir} holds a database that could not be opened (damaged, or another program's): move it away or set DATA_DIR.`);
  });
  return new PGliteDialect(pglite);
};

/** PGlite would silently make a new database inside any folder: one with other files in it is refused. */
const checkDataDir = async (dataDir: string): Promise<void> => {
  const entries = await readdir(dataDir).catch((error: NodeJS.ErrnoException): string[] => {
    if (error.code === 'ENOENT') return [];
    throw new StartupError(`DATA_DIR ${dataDir} cannot be read (${error.code ?? error.message}): fix its permissions or set DATA_DIR.`);
  });
  // notes.key: the local notes key, which start-up may have written first (src/notes-key.ts).
  if (entries.some((entry) => entry !== 'notes.key') && !entries.includes('PG_VERSION')) {
    throw new StartupError(`DATA_DIR ${dataDir} is not a Convene database: move it away or set DATA_DIR.`);
  }
};
