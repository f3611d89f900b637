import type { Kysely, Migration } from 'kysely';

/**
 * Invite cards are sent under a claim: the run that is sending a card writes its id first, so a run that
 * resumes after a crash can tell a card that was never tried from one whose send was cut off. A card that
 * found no chat with the person is marked missed (they have the calendar invite), not left due for ever.
 */
export const bookingRunsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('invitations')
      .addColumn('card_claim', 'uuid')
      .addColumn('card_missed_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('bookings_proposal_id').on('bookings').column('proposal_id').execute();
  },
};
