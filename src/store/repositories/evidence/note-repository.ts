import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Note } from '../../../domain/notes/index.js';
import type { NewNote, NoteChange, NoteRepository } from '../../../services/ports/index.js';
import { isUuid, json } from '../../column-values.js';
import type { Database, NotesTable } from '../../schema.js';

/** Notes by a random id; reads never expose the token's hash. */
export class SqlNoteRepository implements NoteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(note: NewNote, tokenHash: string): Promise<Note> {
    const row = await this.db
      .insertInto('notes')
      .values({ id: randomUUID(), review_id: note.reviewId, themes: json(note.themes), kind: note.kind, text: note.text, day: note.day, token_hash: tokenHash })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toNote(row);
  }

  async withToken(id: string, tokenHash: string): Promise<Note | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('notes').selectAll().where('id', '=', id).where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && toNote(row);
  }

  async update(id: string, tokenHash: string, change: NoteChange): Promise<Note | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .updateTable('notes')
      .set({ themes: json(change.themes), kind: change.kind, text: change.text })
      .where('id', '=', id)
      .where('token_hash', '=', tokenHash)
      .returningAll()
      .executeTakeFirst();
    return row && toNote(row);
  }

  async remove(id: string, tokenHash: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.db.deleteFrom('notes').where('id', '=', id).where('token_hash', '=', tokenHash).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async forReview(reviewId: string): Promise<Note[]> {
    if (!isUuid(reviewId)) return [];
    const rows = await this.db.selectFrom('notes').selectAll().where('review_id', '=', reviewId).orderBy('kind').orderBy('text').orderBy('id').execute();
    return rows.map(toNote);
  }
}

const toNote = (row: Selectable<NotesTable>): Note => ({
  id: row.id,
  reviewId: row.review_id,
  themes: row.themes,
  kind: row.kind,
  text: row.text,
  day: row.day,
});
