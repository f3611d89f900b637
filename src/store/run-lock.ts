import { sql, type Kysely } from 'kysely';
import type { RunLock } from '../services/ports/index.js';
import type { Database } from './schema.js';

type Release = () => Promise<void>;

/** One process: PGlite cannot be shared, so holding the key in memory is holding it everywhere. */
export class ProcessRunLock implements RunLock {
  private readonly held = new Set<string>();

  async tryLock(key: string): Promise<Release | undefined> {
    if (this.held.has(key)) return undefined;
    this.held.add(key);
    return async () => void this.held.delete(key);
  }
}

/**
 * Several bot instances on one PostgreSQL: a session advisory lock on a connection kept for the run. When
 * the holder's process dies, its connection closes and PostgreSQL lets go at once: no lease to wait out.
 */
export class PostgresRunLock implements RunLock {
  private readonly local = new ProcessRunLock();

  constructor(private readonly db: Kysely<Database>) {}

  async tryLock(key: string): Promise<Release | undefined> {
    const releaseLocal = await this.local.tryLock(key);
    if (!releaseLocal) return undefined;
    let letGo!: () => void;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    let holding: Promise<void> = Promise.resolve();
    const locked = await new Promise<boolean>((resolve, reject) => {
      holding = this.db.connection().execute(async (connection) => {
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(connection);
        resolve(rows[0]?.locked === true);
        if (!rows[0]?.locked) return;
        try {
          await released;
        } finally {
          await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
        }
      });
      holding.catch(reject);
    }).catch(async (error: unknown) => {
      await releaseLocal();
      throw error;
    });
    if (!locked) {
      await releaseLocal();
      return undefined;
    }
    return async () => {
      letGo();
      await holding.catch(() => undefined);
      await releaseLocal();
    };
  }
}
