import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A booked session can change after it is booked (a revision, a decline fixed, a move from chat):
 * - a booking can be `cancelled`. It stays as a row (its invitations, answers and cards point at it), and the
 *   session may be booked again later, so only bookings not cancelled are one per (review, session);
 * - an invitation can be `removed_at` (the person is no longer needed): the row stays so their card can say so;
 * - a session that moved keeps, on each invitation, the time it moved from (`previous_start`, `previous_end`),
 *   shown struck through on the card until the person answers the new time.
 */
export const sessionChangesMigration: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table bookings drop constraint bookings_status_check`.execute(db);
    await sql`alter table bookings add constraint bookings_status_check check (status in ('pending', 'booked', 'failed', 'cancelled'))`.execute(db);
    await sql`alter table bookings drop constraint bookings_review_session`.execute(db);
    await sql`create unique index bookings_review_session on bookings (review_id, session_id) where status <> 'cancelled'`.execute(db);
    await db.schema
      .alterTable('invitations')
      .addColumn('removed_at', 'timestamptz')
      .addColumn('previous_start', 'timestamptz')
      .addColumn('previous_end', 'timestamptz')
      .execute();
  },
};
