import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ReminderPolicy, Review } from '../../domain/shared/index.js';
import type { ReviewRepository, StoredReview } from '../../services/ports/index.js';
import { isoString, isUuid, json, lowerCase } from '../column-values.js';
import type { Database, ReviewsTable } from '../schema.js';

export class SqlReviewRepository implements ReviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async save(review: Review, importedBy: string): Promise<StoredReview> {
    const row = await this.db
      .insertInto('reviews')
      .values({ id: randomUUID(), name: review.name, body: json(review), imported_by: lowerCase(importedBy) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStoredReview(row);
  }

  async latest(): Promise<StoredReview | undefined> {
    const row = await this.db
      .selectFrom('reviews')
      .selectAll()
      // Two imports at the same instant: the later one (by sequence) wins.
      .orderBy('imported_at', 'desc')
      .orderBy(sql`seq`, 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toStoredReview(row);
  }

  async setReminders(id: string, policy: ReminderPolicy): Promise<StoredReview | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .updateTable('reviews')
      .set({ body: sql<string>`jsonb_set(body, '{reminders}', ${json(policy)}::jsonb)` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toStoredReview(row);
  }

  async get(id: string): Promise<StoredReview | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toStoredReview(row);
  }
}

const toStoredReview = (row: Selectable<ReviewsTable>): StoredReview => ({
  id: row.id,
  review: row.body,
  importedBy: row.imported_by,
  importedAt: isoString(row.imported_at),
});
