import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ReminderPolicy, Review } from '../../domain/shared/index.js';
import type { ReviewRepository, StoredReview } from '../../services/ports/index.js';
import { isoString, isUuid, json, lowerCase } from '../column-values.js';
import type { Database, ReviewsTable } from '../schema.js';
import { KeptReviews } from './kept-reviews.js';

export class SqlReviewRepository implements ReviewRepository {
  /** A review is 15 KB of JSON, wanted by every answer and message: kept parsed, and read again only when its version (counted by a trigger) moves. */
  private readonly kept = new KeptReviews();

  constructor(private readonly db: Kysely<Database>) {}

  async save(review: Review, importedBy: string): Promise<StoredReview> {
    const row = await this.db
      .insertInto('reviews')
      .values({ id: randomUUID(), name: review.name, body: json(review), imported_by: lowerCase(importedBy) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.keep(row);
  }

  async latest(): Promise<StoredReview | undefined> {
    const row = await this.db
      .selectFrom('reviews')
      .select(['id', 'version'])
      // Two imports at the same instant: the later one (by sequence) wins.
      .orderBy('imported_at', 'desc')
      .orderBy(sql`seq`, 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && this.get(row.id, row.version);
  }

  async setReminders(id: string, policy: ReminderPolicy): Promise<StoredReview | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .updateTable('reviews')
      .set({ body: sql<string>`jsonb_set(body, '{reminders}', ${json(policy)}::jsonb)` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && this.keep(row);
  }

  async get(id: string, version?: number): Promise<StoredReview | undefined> {
    if (!isUuid(id)) return undefined;
    const current = version ?? (await this.db.selectFrom('reviews').select('version').where('id', '=', id).executeTakeFirst())?.version;
    if (current === undefined) return undefined;
    const kept = this.kept.get(id, current);
    if (kept) return kept;
    const row = await this.db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
    return row && this.keep(row);
  }

  private keep(row: Selectable<ReviewsTable>): StoredReview {
    return this.kept.keep(row.id, row.version, {
      id: row.id,
      review: row.body,
      importedBy: row.imported_by,
      importedAt: isoString(row.imported_at),
    });
  }
}
