import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Notes are held until the next release, then join `notes` in one transaction, in random order. A held note is
 * sealed with NOTES_KEY, which the database never holds, so its rows (and the transaction log) show only
 * ciphertext. Nothing ties a held row to the note it becomes (see repositories/evidence/held-notes.ts).
 * `note_releases` keeps each review's last release: a batch's time, never a note's.
 */
export const heldNotesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('held_notes')
      .addColumn('id', 'uuid', (column) => column.primaryKey())
      .addColumn('review_id', 'uuid', (column) => column.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (column) => column.notNull())
      .addColumn('sealed', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('held_notes_token_hash').on('held_notes').column('token_hash').unique().execute();
    // A note is found by its token alone now; each table keeps the token's hash under a key of its own (tokenKey).
    await sql`update notes set token_hash = encode(sha256(convert_to('notes:' || token_hash, 'UTF8')), 'hex')`.execute(db);
    await db.schema.createIndex('notes_token_hash').on('notes').column('token_hash').unique().execute();
    await db.schema
      .createTable('note_releases')
      .addColumn('review_id', 'uuid', (column) => column.primaryKey().references('reviews.id').onDelete('cascade'))
      .addColumn('released_at', 'timestamptz', (column) => column.notNull())
      .execute();
  },
};
