import { Migrator, type Kysely, type Migration } from 'kysely';
import { storeMigration } from './0001-0010/0001-store.js';
import { localCalendarMigration } from './0001-0010/0002-local-calendar.js';
import { importOrderMigration } from './0001-0010/0003-import-order.js';
import { evidenceMigration } from './0001-0010/0004-evidence.js';
import { bookingRunsMigration } from './0001-0010/0005-booking-runs.js';
import { outboxMigration } from './0001-0010/0006-outbox.js';
import { remindedMigration } from './0001-0010/0007-reminded.js';
import { reminderCardsMigration } from './0001-0010/0008-reminder-cards.js';
import { invitesThroughOutboxMigration } from './0001-0010/0009-invites-through-outbox.js';
import { sendLogMigration } from './0001-0010/0010-send-log.js';
import { reviewVersionMigration } from './0011-review-version.js';
import { progressUpdatesMigration } from './0012-progress-updates.js';
import { reviewRevisionsMigration } from './0013-review-revisions.js';
import { localCalendarChangesMigration } from './0014-local-calendar-changes.js';
import { sessionChangesMigration } from './0015-session-changes.js';
import { calendarSubscriptionsMigration } from './0016-calendar-subscriptions.js';
import { calendarSyncMigration } from './0017-calendar-sync.js';
import { dayOnlyMigration } from './0018-day-only.js';
import { heldNotesMigration } from './0019-held-notes.js';

/**
 * In code, so that nothing depends on where the compiled files end up. Names sort in order. The first ten are in a
 * folder of their own: a folder of src/ holds at most 15 files.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-store': storeMigration,
  '0002-local-calendar': localCalendarMigration,
  '0003-import-order': importOrderMigration,
  '0004-evidence': evidenceMigration,
  '0005-booking-runs': bookingRunsMigration,
  '0006-outbox': outboxMigration,
  '0007-reminded': remindedMigration,
  '0008-reminder-cards': reminderCardsMigration,
  '0009-invites-through-outbox': invitesThroughOutboxMigration,
  '0010-send-log': sendLogMigration,
  '0011-review-version': reviewVersionMigration,
  '0012-progress-updates': progressUpdatesMigration,
  '0013-review-revisions': reviewRevisionsMigration,
  '0014-local-calendar-changes': localCalendarChangesMigration,
  '0015-session-changes': sessionChangesMigration,
  '0016-calendar-subscriptions': calendarSubscriptionsMigration,
  '0017-calendar-sync': calendarSyncMigration,
  '0018-day-only': dayOnlyMigration,
  '0019-held-notes': heldNotesMigration,
};

/**
 * Brings the schema up to date (or, with `last`, up to that migration: how a test puts rows of the time before a
 * migration that rewrites them). Safe when several bot instances start at once: Kysely's Migrator holds a
 * PostgreSQL advisory lock while it migrates, in one transaction.
 */
export const migrateToLatest = async (db: Kysely<any>, last?: string): Promise<void> => {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = last ? await migrator.migrateTo(last) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(failed ? `Database migration ${failed} failed` : 'Database migration failed', { cause: error });
  }
};

/** The migrations this code has that the database has not applied: none, once it is ready for this code. */
export const pendingMigrations = async (db: Kysely<any>): Promise<string[]> => {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  return (await migrator.getMigrations()).filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
};
