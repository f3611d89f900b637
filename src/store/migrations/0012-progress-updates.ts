import { sql, type Kysely, type Migration } from 'kysely';

/** Each progress update of a proposal card reads the card's other updates, to know whether it is stale: by index. */
export const progressUpdatesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('messages_progress_updates')
      .on('messages')
      .expression(sql`(payload->>'proposalId')`)
      .where(sql.ref('kind'), '=', 'progress')
      .execute();
  },
};
