import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../services/ports/index.js';
import { SqlBookingClaims } from './repositories/booking-claim-repository.js';
import { SqlBookingRepository } from './repositories/booking-repository.js';
import { SqlChangeTokenRepository } from './repositories/change-token-repository.js';
import { SqlCaseFormRepository } from './repositories/evidence/case-form-repository.js';
import { SqlConcernRepository } from './repositories/evidence/concern-repository.js';
import { SqlDownloadRepository } from './repositories/evidence/download-repository.js';
import { SqlMessageRepository } from './repositories/message-repository.js';
import { SqlNoteRepository } from './repositories/evidence/note-repository.js';
import { SqlPurgeRepository } from './repositories/evidence/purge-repository.js';
import { NotesScrub } from './repositories/evidence/notes-scrub.js';
import { NotesSeal } from './repositories/evidence/notes-seal.js';
import { openDatabase, type DatabaseOptions } from './database.js';
import { SqlInvitationRepository } from './repositories/invitation-repository.js';
import { migrateToLatest } from './migrations/index.js';
import { SqlPeopleRepository } from './repositories/people-repository.js';
import { SqlProposalRepository } from './repositories/proposal-repository.js';
import { SqlReviewRepository } from './repositories/review-repository.js';
import { SqlSubscriptionRepository } from './repositories/subscription-repository.js';
import { PostgresRunLock, ProcessRunLock } from './run-lock.js';
import { ProcessSendLog, SqlSendLog } from './send-log.js';
import type { Database } from './schema.js';

export type OpenedStore = Store & { db: Kysely<Database> };

export interface StoreOptions extends DatabaseOptions {
  /** NOTES_KEY: seals held notes. Without it (tests), a random key for this process. */
  notesKey?: Buffer;
}

/** Opens and migrates the database; `close()` closes it. `db` is there for the local calendar. */
export const openStore = async (options: StoreOptions): Promise<OpenedStore> => {
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
export const createStore = (db: Kysely<Database>, options: StoreOptions): OpenedStore => {
  const scrub = new NotesScrub(db);
  return {
    db,
    reviews: new SqlReviewRepository(db),
    proposals: new SqlProposalRepository(db),
    claims: new SqlBookingClaims(db),
    runs: options.databaseUrl ? new PostgresRunLock(db) : new ProcessRunLock(),
    bookings: new SqlBookingRepository(db),
    invitations: new SqlInvitationRepository(db),
    people: new SqlPeopleRepository(db),
    notes: new SqlNoteRepository(db, new NotesSeal(options.notesKey ?? randomBytes(32)), scrub),
    concerns: new SqlConcernRepository(db),
    caseForms: new SqlCaseFormRepository(db),
    downloads: new SqlDownloadRepository(db),
    purges: new SqlPurgeRepository(db, scrub),
    messages: new SqlMessageRepository(db),
    sendLog: options.databaseUrl ? new SqlSendLog(db) : new ProcessSendLog(),
    subscriptions: new SqlSubscriptionRepository(db),
    changeTokens: new SqlChangeTokenRepository(db),
    close: () => db.destroy(),
  };
};
