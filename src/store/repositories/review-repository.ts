import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { reviewKey, type ReminderPolicy, type Review } from '../../domain/shared/index.js';
import type { ReviewRepository, ReviewSummary, StoredReview } from '../../services/ports/index.js';
import { isoString, isUuid, json, lowerCase } from '../column-values.js';
import type { Database, ReviewsTable } from '../schema.js';
import { KeptReviews } from './kept-reviews.js';

export class SqlReviewRepository implements ReviewRepository {
  /** A review is 15 KB of JSON, wanted by every answer and message: kept parsed, and read again only when its version (counted by a trigger) moves. */
  private readonly kept = new KeptReviews();

  constructor(private readonly db: Kysely<Database>) {}

  async save(review: Review, importedBy: string): Promise<StoredReview> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('reviews')
        .values({ id: randomUUID(), key: reviewKey(review), name: review.name, body: json(review), imported_by: lowerCase(importedBy) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.insertInto('review_revisions').values({ review_id: row.id, revision: row.revision, body: json(review), imported_by: row.imported_by }).execute();
      return this.keep(row);
    });
  }

  async revise(id: string, review: Review, importedBy: string): Promise<StoredReview | undefined> {
    if (!isUuid(id)) return undefined;
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('reviews')
        .set({
          key: reviewKey(review),
          name: review.name,
          body: json(review),
          imported_by: lowerCase(importedBy),
          imported_at: sql<string>`now()`,
          revision: sql<number>`revision + 1`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) return undefined;
      await trx.insertInto('review_revisions').values({ review_id: row.id, revision: row.revision, body: json(review), imported_by: row.imported_by }).execute();
      return this.keep(row);
    });
  }

  async byKey(key: string): Promise<StoredReview | undefined> {
    const row = await this.db.selectFrom('reviews').select(['id', 'version']).where('key', '=', key).executeTakeFirst();
    return row && this.get(row.id, row.version);
  }

  async revision(id: string, revision: number): Promise<Review | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('review_revisions').select('body').where('review_id', '=', id).where('revision', '=', revision).executeTakeFirst();
    return row?.body;
  }

  async latest(): Promise<StoredReview | undefined> {
    const row = await this.db
      .selectFrom('reviews')
      .select(['id', 'version'])
      // Imported or chosen last; two at the same instant: the later one (by sequence) wins.
      .orderBy(sql`greatest(imported_at, chosen_at)`, 'desc')
      .orderBy(sql`seq`, 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && this.get(row.id, row.version);
  }

  async choose(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.db.updateTable('reviews').set({ chosen_at: sql<string>`now()` }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async list(): Promise<ReviewSummary[]> {
    const rows = await this.db
      .selectFrom('reviews')
      .select(['id', 'key', 'name', 'revision', 'imported_at'])
      .orderBy(sql`greatest(imported_at, chosen_at)`, 'desc')
      .orderBy(sql`seq`, 'desc')
      .execute();
    return rows.map((row) => ({ id: row.id, key: row.key, name: row.name, revision: row.revision, importedAt: isoString(row.imported_at) }));
  }

  async hold(review: Review, importedBy: string): Promise<string> {
    const id = randomUUID();
    await this.db.insertInto('pending_imports').values({ id, body: json(review), imported_by: lowerCase(importedBy) }).execute();
    return id;
  }

  async takeHeld(id: string, importedBy: string): Promise<{ review: Review; importedBy: string } | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .deleteFrom('pending_imports')
      .where('id', '=', id)
      .where('imported_by', '=', lowerCase(importedBy))
      .returning(['body', 'imported_by'])
      .executeTakeFirst();
    return row && { review: row.body, importedBy: row.imported_by };
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
      key: row.key,
      revision: row.revision,
      review: row.body,
      importedBy: row.imported_by,
      importedAt: isoString(row.imported_at),
    });
  }
}
