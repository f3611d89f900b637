/**
 * A Kysely dialect for PGlite: PostgreSQL's adapter, introspector and compiler over a small driver.
 * PGlite is one session: single statements are sent to its thread side by side (it runs them in turn), while a
 * transaction has the session alone from its begin until its connection is released, and every other
 * statement waits. (Code inside a transaction must therefore use the transaction, never the outer Kysely
 * instance, or it waits for itself.)
 */
import type { PGliteThread } from './pglite-thread.js';
import { StatementGate } from './statement-gate.js';
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
  private readonly gate = new StatementGate();

  constructor(private readonly pglite: PGliteThread) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PGliteConnection(this.pglite, this.gate);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await (connection as PGliteConnection).takeAlone();
    await connection.executeQuery(CompiledQuery.raw(`start transaction${isolation}${access}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PGliteConnection).release();
  }

  async destroy(): Promise<void> {
    // Whatever is under way ends first; nothing after it gets in.
    await this.gate.enterAlone();
    await this.pglite.close();
  }
}

/** One caller's use of the session: its statements go through the gate, unless it holds the session alone. */
class PGliteConnection implements DatabaseConnection {
  private alone = false;

  constructor(
    private readonly pglite: PGliteThread,
    private readonly gate: StatementGate,
  ) {}

  async takeAlone(): Promise<void> {
    await this.gate.enterAlone();
    this.alone = true;
  }

  release(): void {
    if (!this.alone) return;
    this.alone = false;
    this.gate.leaveAlone();
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.alone ? this.run(compiledQuery) : this.gate.statement(() => this.run(compiledQuery));
  }

  private async run<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
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
