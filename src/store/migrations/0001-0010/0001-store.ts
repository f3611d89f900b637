import { sql, type Kysely, type Migration } from 'kysely';

/** Reviews, proposals, bookings, invitations and who is who in Teams. */
export const storeMigration: Migration = {
  // Migrations see the database as it was then, not as schema.ts says it is now.
  async up(db: Kysely<any>) {
    const now = sql`clock_timestamp()`;

    await db.schema
      .createTable('reviews')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('body', 'jsonb', (col) => col.notNull())
      .addColumn('imported_by', 'text', (col) => col.notNull())
      .addColumn('imported_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .execute();
    await db.schema.createIndex('reviews_imported_at').on('reviews').columns(['imported_at', 'id']).execute();

    await db.schema
      .createTable('proposals')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', (col) => col.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('plan', 'jsonb', (col) => col.notNull())
      .addColumn('status', 'text', (col) =>
        col.notNull().check(sql`status in ('proposed', 'booking', 'booked', 'cancelled')`),
      )
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('card', 'jsonb')
      .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .execute();
    await db.schema.createIndex('proposals_review_id').on('proposals').column('review_id').execute();

    await db.schema
      .createTable('bookings')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', (col) => col.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('proposal_id', 'uuid', (col) => col.notNull().references('proposals.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('transaction_id', 'text', (col) => col.notNull().unique())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('start_at', 'timestamptz', (col) => col.notNull())
      .addColumn('end_at', 'timestamptz', (col) => col.notNull())
      .addColumn('attendees', 'jsonb', (col) => col.notNull())
      .addColumn('online', 'boolean', (col) => col.notNull())
      .addColumn('location', 'text')
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'booked', 'failed')`))
      .addColumn('event_id', 'text')
      .addColumn('ical_uid', 'text')
      .addColumn('join_url', 'text')
      .addColumn('error', 'text')
      .addUniqueConstraint('bookings_review_session', ['review_id', 'session_id'])
      .execute();

    await db.schema
      .createTable('invitations')
      .addColumn('id', 'uuid', (col) => col.primaryKey())
      .addColumn('review_id', 'uuid', (col) => col.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('booking_id', 'uuid', (col) => col.notNull().references('bookings.id').onDelete('cascade'))
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('rsvp', 'text', (col) =>
        col.notNull().check(sql`rsvp in ('pending', 'accepted', 'tentative', 'declined')`),
      )
      .addColumn('reason', 'text')
      .addColumn('answered_at', 'timestamptz')
      .addColumn('card_sent_at', 'timestamptz')
      .addUniqueConstraint('invitations_booking_email', ['booking_id', 'email'])
      .execute();
    await db.schema.createIndex('invitations_review_email').on('invitations').columns(['review_id', 'email']).execute();

    await db.schema
      .createTable('people')
      .addColumn('aad_object_id', 'text', (col) => col.primaryKey())
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .execute();

    await db.schema
      .createTable('conversations')
      .addColumn('email', 'text', (col) => col.primaryKey())
      .addColumn('reference', 'jsonb', (col) => col.notNull())
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(now))
      .execute();
  },

  async down(db: Kysely<any>) {
    for (const table of ['conversations', 'people', 'invitations', 'bookings', 'proposals', 'reviews']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
