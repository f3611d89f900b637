import { sql, type Kysely, type Migration } from 'kysely';

/** Each answer press looks up the reminder cards sent for its invitation, to update them: by index, not by scan. */
export const reminderCardsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('messages_sent_reminders')
      .on('messages')
      .expression(sql`(payload->>'invitationId')`)
      .where(sql.ref('kind'), '=', 'reminder')
      .execute();
  },
};
