import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Concern, ConcernRepository } from '../../../services/ports/index.js';
import { isoString, isUuid, lowerCase } from '../../column-values.js';
import type { ConcernsTable, Database } from '../../schema.js';

/** Concerns apart from notes: only the services for the team lead and challenge manager read them. */
export class SqlConcernRepository implements ConcernRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(concern: Omit<Concern, 'id' | 'raisedAt'>): Promise<Concern> {
    const row = await this.db
      .insertInto('concerns')
      .values({ id: randomUUID(), review_id: concern.reviewId, author: lowerCase(concern.author), text: concern.text })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toConcern(row);
  }

  async get(id: string): Promise<Concern | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('concerns').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toConcern(row);
  }

  async forReview(reviewId: string): Promise<Concern[]> {
    if (!isUuid(reviewId)) return [];
    const rows = await this.db.selectFrom('concerns').selectAll().where('review_id', '=', reviewId).orderBy('raised_at').orderBy('id').execute();
    return rows.map(toConcern);
  }
}

const toConcern = (row: Selectable<ConcernsTable>): Concern => ({
  id: row.id,
  reviewId: row.review_id,
  author: row.author,
  text: row.text,
  raisedAt: isoString(row.raised_at),
});
