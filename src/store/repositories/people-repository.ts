import { sql, type Kysely } from 'kysely';
import type { PeopleRepository } from '../../services/ports/index.js';
import { json, lowerCase } from '../column-values.js';
import type { Database } from '../schema.js';

/**
 * When a person or a chat was last written, to the day only: a finer time would say when someone was using Convene,
 * and a note saved then could be dated by it (docs: notes that cannot be traced back).
 */
const DAY = sql<string>`date_trunc('day', now())`;

/** How many people's ids this process keeps in memory: a county review's staff several times over. */
const KNOWN_IDS = 20_000;

export class SqlPeopleRepository implements PeopleRepository {
  /**
   * Who an id is, once read: every message and click asks. Convene writes an id's email only when it has
   * none (`identifyPerson` asks Teams only then), so a kept one goes out of date only if someone rewrites
   * the row by hand; a restart reads it again.
   */
  private readonly known = new Map<string, string>();

  constructor(private readonly db: Kysely<Database>) {}

  async emailFor(aadObjectId: string): Promise<string | undefined> {
    const kept = this.known.get(aadObjectId);
    if (kept) return kept;
    const row = await this.db
      .selectFrom('people')
      .select('email')
      .where('aad_object_id', '=', aadObjectId)
      .executeTakeFirst();
    if (row) this.keep(aadObjectId, row.email);
    return row?.email;
  }

  private keep(aadObjectId: string, email: string): void {
    if (this.known.size >= KNOWN_IDS) this.known.delete(this.known.keys().next().value!);
    this.known.set(aadObjectId, email);
  }

  async remember(aadObjectId: string, email: string): Promise<void> {
    await this.db
      .insertInto('people')
      .values({ aad_object_id: aadObjectId, email: lowerCase(email), updated_at: DAY })
      .onConflict((conflict) =>
        conflict
          .column('aad_object_id')
          .doUpdateSet({ email: (eb) => eb.ref('excluded.email'), updated_at: DAY })
          .where(sql<boolean>`people.email is distinct from excluded.email`),
      )
      .execute();
    this.keep(aadObjectId, lowerCase(email));
  }

  async saveConversation(email: string, reference: unknown): Promise<boolean> {
    const row = await this.db
      .insertInto('conversations')
      .values({ email: lowerCase(email), reference: json(reference), updated_at: DAY })
      .onConflict((conflict) =>
        conflict
          .column('email')
          .doUpdateSet({ reference: (eb) => eb.ref('excluded.reference'), updated_at: DAY })
          // The same chat again writes nothing: a row rewritten on every message would date a note saved next to it.
          .where(sql<boolean>`conversations.reference is distinct from excluded.reference`),
      )
      // PostgreSQL's xmax is 0 on a row this statement inserted, and set on one it updated; no row: nothing changed.
      .returning(sql<boolean>`xmax = 0`.as('inserted'))
      .executeTakeFirst();
    return row?.inserted === true;
  }

  async keepConversation(email: string, reference: unknown): Promise<unknown> {
    const inserted = await this.db
      .insertInto('conversations')
      .values({ email: lowerCase(email), reference: json(reference) })
      .onConflict((conflict) => conflict.column('email').doNothing())
      .returning('reference')
      .executeTakeFirst();
    return inserted ? inserted.reference : this.conversationFor(email);
  }

  async conversationFor(email: string): Promise<unknown | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .select('reference')
      .where('email', '=', lowerCase(email))
      .executeTakeFirst();
    return row?.reference;
  }

  async latestConversations(limit: number): Promise<unknown[]> {
    // Kept to the day: within a day, any order is as current as another.
    const rows = await this.db.selectFrom('conversations').select('reference').orderBy('updated_at', 'desc').orderBy('email').limit(limit).execute();
    return rows.map((row) => row.reference);
  }
}
