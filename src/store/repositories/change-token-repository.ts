import { sql, type Kysely } from 'kysely';
import type { UtcInterval } from '../../domain/shared/index.js';
import type { ChangeTokenRepository } from '../../services/ports/index.js';
import { lowerCase } from '../column-values.js';
import type { Database } from '../schema.js';

export class SqlChangeTokenRepository implements ChangeTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async tokenFor(organiser: string, window: UtcInterval): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('change_tokens')
      .select('token')
      .where('organiser', '=', lowerCase(organiser))
      .where('window_start', '=', new Date(window.start))
      .where('window_end', '=', new Date(window.end))
      .executeTakeFirst();
    return row?.token;
  }

  async keep(organiser: string, window: UtcInterval, token: string): Promise<void> {
    const kept = { window_start: window.start, window_end: window.end, token };
    await this.db
      .insertInto('change_tokens')
      .values({ organiser: lowerCase(organiser), ...kept })
      .onConflict((conflict) => conflict.column('organiser').doUpdateSet({ ...kept, kept_at: sql<string>`now()` }))
      .execute();
  }

  async forget(organiser: string): Promise<void> {
    await this.db.deleteFrom('change_tokens').where('organiser', '=', lowerCase(organiser)).execute();
  }
}
