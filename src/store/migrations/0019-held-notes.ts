import type { Kysely, Migration } from 'kysely';

/**
 * Notes are held until the next release, then join `notes` in one transaction, in random order. A held note is
 * sealed with NOTES_KEY, which the database never holds, so its rows (and the transaction log) show only
 * ciphertext. Its id is the id the note keeps once released, so the author's card still reaches it.
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
    await db.schema
      .createTable('note_releases')
      .addColumn('review_id', 'uuid', (column) => column.primaryKey().references('reviews.id').onDelete('cascade'))
      .addColumn('released_at', 'timestamptz', (column) => column.notNull())
      .execute();
  },
};
