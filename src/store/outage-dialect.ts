import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';
import { Outage } from '../services/ports/index.js';

/**
 * Whatever the database driver rejects with (refused or dropped connections, a server going down) reaches the
 * services as an Outage: the bot then says the database could not be reached, never "not found". Errors our
 * own repositories throw are not the driver's, so they stay bugs.
 */
export const reportingOutages = (dialect: Dialect): Dialect => ({
  createAdapter: () => dialect.createAdapter(),
  createDriver: () => new ReportingDriver(dialect.createDriver()),
  createIntrospector: (db) => dialect.createIntrospector(db),
  createQueryCompiler: () => dialect.createQueryCompiler(),
});

const outage = (error: unknown): never => {
  throw new Outage('database', error);
};

class ReportingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.inner.executeQuery<R>(query).catch(outage);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/** The driver's own methods take the connection it made, not our wrapper. */
const innerOf = (connection: DatabaseConnection) => (connection instanceof ReportingConnection ? connection.inner : connection);

class ReportingDriver implements Driver {
  constructor(private readonly driver: Driver) {}

  init(): Promise<void> {
    return this.driver.init().catch(outage);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new ReportingConnection(await this.driver.acquireConnection().catch(outage));
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.driver.beginTransaction(innerOf(connection), settings).catch(outage);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.driver.commitTransaction(innerOf(connection)).catch(outage);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.driver.rollbackTransaction(innerOf(connection)).catch(outage);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.driver.releaseConnection(innerOf(connection));
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }
}
