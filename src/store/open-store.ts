import type { Kysely } from 'kysely';
import type { Store } from '../services/ports.js';
import { SqlBookingClaims } from './booking-claim-repository.js';
import { SqlBookingRepository } from './booking-repository.js';
import { SqlCaseFormRepository } from './case-form-repository.js';
import { SqlConcernRepository } from './concern-repository.js';
import { SqlDownloadRepository } from './download-repository.js';
import { SqlNoteRepository } from './note-repository.js';
import { SqlPromptRepository } from './prompt-repository.js';
import { SqlPurgeRepository } from './purge-repository.js';
import { openDatabase, type DatabaseOptions } from './database.js';
import { SqlInvitationRepository } from './invitation-repository.js';
import { migrateToLatest } from './migrations/index.js';
import { SqlPeopleRepository } from './people-repository.js';
import { SqlProposalRepository } from './proposal-repository.js';
import { SqlReviewRepository } from './review-repository.js';
import { PostgresRunLock, ProcessRunLock } from './run-lock.js';
import type { Database } from './schema.js';

export type OpenedStore = Store & { db: Kysely<Database> };

/** Opens and migrates the database; `close()` closes it. `db` is there for the local calendar. */
export const openStore = async (options: DatabaseOptions): Promise<OpenedStore> => {
  const db = await openDatabase(options);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createStore(db, options);
};

/** The repositories over an open, migrated database; `close()` destroys it. */
export const createStore = (db: Kysely<Database>, options: DatabaseOptions): OpenedStore => ({
  db,
  reviews: new SqlReviewRepository(db),
  proposals: new SqlProposalRepository(db),
  claims: new SqlBookingClaims(db),
  runs: options.databaseUrl ? new PostgresRunLock(db) : new ProcessRunLock(),
  bookings: new SqlBookingRepository(db),
  invitations: new SqlInvitationRepository(db),
  people: new SqlPeopleRepository(db),
  notes: new SqlNoteRepository(db),
  concerns: new SqlConcernRepository(db),
  caseForms: new SqlCaseFormRepository(db),
  prompts: new SqlPromptRepository(db),
  downloads: new SqlDownloadRepository(db),
  purges: new SqlPurgeRepository(db),
  close: () => db.destroy(),
});
