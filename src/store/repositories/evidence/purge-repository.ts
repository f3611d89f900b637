import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { PurgeRecord, PurgeRepository } from '../../../services/ports/index.js';
import { isoString, isUuid, lowerCase } from '../../column-values.js';
import type { Database, PurgesTable } from '../../schema.js';
import type { NotesScrub } from './notes-scrub.js';

/** The purge deletes and records in one transaction: either all is gone and counted, or nothing changed. */
export class SqlPurgeRepository implements PurgeRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly scrubber: NotesScrub,
  ) {}

  async purge(reviewId: string, purgedBy: string): Promise<PurgeRecord> {
    const record = await this.db.transaction().execute(async (trx) => {
      await trx.selectFrom('reviews').select('id').where('id', '=', reviewId).forUpdate().execute();
      const released = await trx.deleteFrom('notes').where('review_id', '=', reviewId).executeTakeFirst();
      const held = await trx.deleteFrom('held_notes').where('review_id', '=', reviewId).executeTakeFirst();
      const notes = released.numDeletedRows + held.numDeletedRows;
      const concerns = await trx.deleteFrom('concerns').where('review_id', '=', reviewId).executeTakeFirst();
      // An export link or consent card not yet used would still hand over the purged notes.
      await trx.deleteFrom('downloads').where('review_id', '=', reviewId).execute();
      const row = await trx
        .insertInto('purges')
        .values({ id: randomUUID(), review_id: reviewId, purged_by: lowerCase(purgedBy), notes: Number(notes), concerns: Number(concerns.numDeletedRows) })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRecord(row);
    });
    this.scrubber.mark();
    return record;
  }

  async forReview(reviewId: string): Promise<PurgeRecord[]> {
    if (!isUuid(reviewId)) return [];
    const rows = await this.db.selectFrom('purges').selectAll().where('review_id', '=', reviewId).orderBy('purged_at').execute();
    return rows.map(toRecord);
  }
}

const toRecord = (row: Selectable<PurgesTable>): PurgeRecord => ({
  reviewId: row.review_id,
  purgedBy: row.purged_by,
  purgedAt: isoString(row.purged_at),
  notes: row.notes,
  concerns: row.concerns,
});
