import type { Kysely, Migration } from 'kysely';

/** Invite cards go through the outbox, whose message rows hold each send's try: the invitation's own claim is gone. */
export const invitesThroughOutboxMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('invitations').dropColumn('card_claim').execute();
  },
};
