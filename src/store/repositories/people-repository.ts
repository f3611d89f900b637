import { sql, type Kysely } from 'kysely';
import type { PeopleRepository } from '../../services/ports/index.js';
import { json, lowerCase } from '../column-values.js';
import type { Database } from '../schema.js';

export class SqlPeopleRepository implements PeopleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async emailFor(aadObjectId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('people')
      .select('email')
      .where('aad_object_id', '=', aadObjectId)
      .executeTakeFirst();
    return row?.email;
  }

  async remember(aadObjectId: string, email: string): Promise<void> {
    await this.db
      .insertInto('people')
      .values({ aad_object_id: aadObjectId, email: lowerCase(email) })
      .onConflict((conflict) =>
        conflict
          .column('aad_object_id')
          .doUpdateSet({ email: (eb) => eb.ref('excluded.email'), updated_at: sql`clock_timestamp()` }),
      )
      .execute();
  }

  async saveConversation(email: string, reference: unknown): Promise<boolean> {
    const row = await this.db
      .insertInto('conversations')
      .values({ email: lowerCase(email), reference: json(reference) })
      .onConflict((conflict) =>
        conflict
          .column('email')
          .doUpdateSet({ reference: (eb) => eb.ref('excluded.reference'), updated_at: sql`clock_timestamp()` }),
      )
      // PostgreSQL's xmax is 0 on a row this statement inserted, and set on one it updated.
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .executeTakeFirstOrThrow();
    return row.inserted;
  }

  async conversationFor(email: string): Promise<unknown | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .select('reference')
      .where('email', '=', lowerCase(email))
      .executeTakeFirst();
    return row?.reference;
  }
}
