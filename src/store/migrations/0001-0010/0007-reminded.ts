import type { Kysely, Migration } from 'kysely';

/** When someone last pressed Remind now for an invitation: the policy's own reminder within the hour is then not sent too. */
export const remindedMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('invitations').addColumn('reminded_at', 'timestamptz').execute();
  },
};
