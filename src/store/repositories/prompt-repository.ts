import type { Kysely } from 'kysely';
import type { PromptKind, PromptRepository } from '../../services/ports/index.js';
import { lowerCase } from '../column-values.js';
import type { Database } from '../schema.js';

/** The primary key makes a claim atomic: of two bot instances, one inserts and the other finds the row there. */
export class SqlPromptRepository implements PromptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(bookingId: string, email: string, kind: PromptKind): Promise<boolean> {
    const result = await this.db
      .insertInto('prompts')
      .values({ booking_id: bookingId, email: lowerCase(email), kind })
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }
}
