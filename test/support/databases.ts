/**
 * Runs a test file's suite against both databases: PGlite in memory and PostgreSQL.
 * PostgreSQL comes from TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); each
 * suite gets its own fresh database `convene_<random>`, dropped afterwards. When PostgreSQL cannot
 * be reached the suite fails: it is never skipped.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type DatabaseOptions } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrations/index.js';
import { createStore, type OpenedStore } from '../../src/store/open-store.js';
import type { Database } from '../../src/store/schema.js';
import { DATABASES, type DatabaseName, type FreshDatabase } from './fresh-databases.js';

export { DATABASES, POSTGRES_URL } from './fresh-databases.js';
export type { DatabaseName, FreshDatabase, TestDatabase } from './fresh-databases.js';

/** What a suite gets: open from beforeAll to afterAll. */
export interface DatabaseContext {
  readonly name: DatabaseName;
  /** Migrated. */
  readonly db: Kysely<Database>;
  /** The repositories over `db`. */
  readonly store: OpenedStore;
  /** Opens the same database again (on PGlite in memory, a new one). */
  readonly options: DatabaseOptions;
  /** Empties every table, for tests that need a clean slate. */
  clear(): Promise<void>;
}

/**
 * `describe(title (pglite))` and `describe(title (postgres))` around `suite`. Call it once per file:
 * each PGlite takes about 0.45 GB and seconds to start.
 */
export const describeEachDatabase = (title: string, suite: (context: DatabaseContext) => void): void => {
  for (const database of DATABASES) {
    describe(`${title} (${database.name})`, () => {
      let fresh: FreshDatabase | undefined;
      let opened: OpenedStore | undefined;
      const ready = (): { fresh: FreshDatabase; opened: OpenedStore } => {
        if (!fresh || !opened) throw new Error('The database opens in beforeAll: use it inside tests and hooks');
        return { fresh, opened };
      };

      beforeAll(async () => {
        fresh = await database.create();
        const db = await openDatabase(fresh.options);
        opened = createStore(db, fresh.options);
        await migrateToLatest(db);
      });
      afterAll(async () => {
        await opened?.close();
        await fresh?.drop();
      });

      suite({
        name: database.name,
        get db() {
          return ready().opened.db;
        },
        get store() {
          return ready().opened;
        },
        get options() {
          return ready().fresh.options;
        },
        clear: () => clearTables(ready().opened.db),
      });
    });
  }
};

const clearTables = async (db: Kysely<Database>): Promise<void> => {
  const tables = (await db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_'));
  await sql`truncate table ${sql.join(tables.map((table) => sql.table(table)))} cascade`.execute(db);
};
