/**
 * A Kysely dialect for PGlite: PostgreSQL's adapter, introspector and compiler over a small driver.
 * PGlite is one backend, so the driver hands out one connection at a time: a transaction holds it
 * until it ends, and every other query waits its turn. (Code inside a transaction must therefore
 * use the transaction, never the outer Kysely instance, or it waits for itself.)
 */
import type { PGliteThread } from './pglite-thread.js';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

const COMMANDS_THAT_CHANGE_ROWS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

const SCRIPT = Symbol('convene.script');

/**
 * Several statements with no parameters, run as one (pg-boss's migrations and its locked maintenance are written
 * so); the last statement's rows are the result. PGlite's `query` takes one statement only.
 */
export const scriptQuery = (text: string): CompiledQuery => ({ ...CompiledQuery.raw(text, []), [SCRIPT]: true }) as CompiledQuery;

export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGliteThread) {}

  createDriver(): Driver {
    return new PGliteDriver(this.pglite);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect interface is declared over Kysely<any>.
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}

class PGliteDriver implements Driver {
  private readonly connection: PGliteConnection;
  /** Resolves when the current holder releases the connection; the next in line waits on it. */
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  constructor(private readonly pglite: PGliteThread) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await connection.executeQuery(CompiledQuery.raw(`start transaction${isolation}${access}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.queue;
    await this.pglite.close();
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGliteThread) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (SCRIPT in compiledQuery) {
      const result = await this.pglite.exec(compiledQuery.sql);
      return { rows: result.rows as R[] };
    }
    const result = await this.pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    const changesRows = result.command !== undefined && COMMANDS_THAT_CHANGE_ROWS.has(result.command);
    return {
      rows: result.rows,
      ...(changesRows ? { numAffectedRows: BigInt(result.affectedRows ?? 0) } : {}),
    };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported over PGlite');
  }
}
