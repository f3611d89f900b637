import type { Kysely, Selectable } from 'kysely';
import type { StoredSubscription, SubscriptionRepository } from '../../services/ports/index.js';
import { isoString, lowerCase } from '../column-values.js';
import type { CalendarSubscriptionsTable, Database } from '../schema.js';

export class SqlSubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async put(subscription: StoredSubscription): Promise<void> {
    const row = {
      id: subscription.id,
      organiser: lowerCase(subscription.organiser),
      client_state_hash: subscription.clientStateHash,
      expires_at: subscription.expiresAt,
    };
    await this.db
      .insertInto('calendar_subscriptions')
      .values(row)
      .onConflict((conflict) => conflict.column('organiser').doUpdateSet({ id: row.id, client_state_hash: row.client_state_hash, expires_at: row.expires_at }))
      .execute();
  }

  async all(): Promise<StoredSubscription[]> {
    const rows = await this.db.selectFrom('calendar_subscriptions').selectAll().orderBy('organiser').execute();
    return rows.map(subscriptionOf);
  }

  async renewed(id: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('calendar_subscriptions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('calendar_subscriptions').where('id', '=', id).execute();
  }
}

const subscriptionOf = (row: Selectable<CalendarSubscriptionsTable>): StoredSubscription => ({
  id: row.id,
  organiser: row.organiser,
  clientStateHash: row.client_state_hash,
  expiresAt: isoString(row.expires_at),
});
