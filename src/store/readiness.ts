import type { Kysely } from 'kysely';
import { pendingMigrations } from './migrations/index.js';
import type { Database } from './schema.js';

/** What /readyz answers: the database answers, and has every migration this code has. */
export const readiness = async (db: Kysely<Database>): Promise<{ ready: true } | { ready: false; problem: string }> => {
  let pending: string[];
  try {
    pending = await pendingMigrations(db);
  } catch {
    return { ready: false, problem: 'the database cannot be reached' };
  }
  return pending.length === 0 ? { ready: true } : { ready: false, problem: `the database lacks migrations ${pending.join(', ')}` };
};
