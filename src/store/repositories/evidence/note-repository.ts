import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Note } from '../../../domain/notes/index.js';
import type { NewNote, NoteChange, NoteRepository, OwnNote } from '../../../services/ports/index.js';
import { isoString, isUuid, json } from '../../column-values.js';
import type { NotesSeal } from './notes-seal.js';
import type { Database, NotesTable } from '../../schema.js';
import { HeldNotes, tokenKey, type HeldNote } from './held-notes.js';
import type { NotesScrub } from './notes-scrub.js';

/** Notes held (sealed) until released, found by their token's hash; reads never expose it. */
export class SqlNoteRepository implements NoteRepository {
  private readonly held: HeldNotes;

  constructor(
    private readonly db: Kysely<Database>,
    seal: NotesSeal,
    private readonly scrubber: NotesScrub,
  ) {
    this.held = new HeldNotes(seal);
  }

  async add(note: NewNote, tokenHash: string): Promise<OwnNote> {
    return { ...(await this.held.hold(this.db, { ...note, tokenHash })), held: true };
  }

  async withToken(tokenHash: string): Promise<OwnNote | undefined> {
    const held = await this.held.find(this.db, tokenHash);
    if (held) return { ...toOwn(held), held: true };
    const row = await this.db.selectFrom('notes').selectAll().where('token_hash', '=', tokenKey('notes', tokenHash)).executeTakeFirst();
    return row && { ...toNote(row), held: false };
  }

  async update(tokenHash: string, change: NoteChange): Promise<OwnNote | undefined> {
    const note = await this.db.transaction().execute(async (trx) => {
      const held = await this.held.change(trx, tokenHash, change);
      if (held) return held;
      // A released note leaves the collections now, and its correction joins them at the next release.
      const released = await trx.deleteFrom('notes').where('token_hash', '=', tokenKey('notes', tokenHash)).returningAll().executeTakeFirst();
      return released && this.held.hold(trx, { ...toNote(released), ...change, tokenHash });
    });
    if (note) this.scrubber.mark();
    return note && { ...note, held: true };
  }

  async remove(tokenHash: string): Promise<boolean> {
    const removed = await this.db.transaction().execute(async (trx) => {
      const held = await this.held.remove(trx, tokenHash);
      const released = await trx.deleteFrom('notes').where('token_hash', '=', tokenKey('notes', tokenHash)).executeTakeFirst();
      return held || released.numDeletedRows > 0n;
    });
    if (removed) this.scrubber.mark();
    return removed;
  }

  async forReview(reviewId: string): Promise<Note[]> {
    if (!isUuid(reviewId)) return [];
    const rows = await this.db.selectFrom('notes').selectAll().where('review_id', '=', reviewId).orderBy('kind').orderBy('text').orderBy('id').execute();
    return rows.map(toNote);
  }

  async heldCount(reviewId: string): Promise<number> {
    if (!isUuid(reviewId)) return 0;
    const row = await this.db.selectFrom('held_notes').select(sql<string>`count(*)`.as('n')).where('review_id', '=', reviewId).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async reviewsHolding(): Promise<string[]> {
    const rows = await this.db.selectFrom('held_notes').select('review_id').distinct().execute();
    return rows.map((r) => r.review_id);
  }

  async lastRelease(reviewId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('note_releases').select('released_at').where('review_id', '=', reviewId).executeTakeFirst();
    return row && isoString(row.released_at);
  }

  async startReleases(reviewId: string, at: string): Promise<void> {
    await this.db.insertInto('note_releases').values({ review_id: reviewId, released_at: at }).onConflict((oc) => oc.column('review_id').doNothing()).execute();
  }

  async release(reviewId: string, at: string): Promise<{ released: number; unreadable: number }> {
    const result = await this.db.transaction().execute(async (trx) => {
      const { notes, unreadable } = await this.held.open(trx, reviewId);
      // One statement, rows in the shuffled order: their places on the page follow it, and they share one transaction.
      if (notes.length > 0) {
        await trx
          .insertInto('notes')
          .values(notes.map((n) => ({ id: randomUUID(), review_id: n.reviewId, themes: json(n.themes), kind: n.kind, text: n.text, day: n.day, token_hash: tokenKey('notes', n.tokenHash) })))
          .execute();
        await trx.deleteFrom('held_notes').where('id', 'in', notes.map((n) => n.id)).execute();
      }
      await trx
        .insertInto('note_releases')
        .values({ review_id: reviewId, released_at: at })
        .onConflict((oc) => oc.column('review_id').doUpdateSet({ released_at: at }))
        .execute();
      return { released: notes.length, unreadable };
    });
    if (result.released > 0) this.scrubber.mark();
    return result;
  }

  scrub(): Promise<boolean> {
    return this.scrubber.run();
  }
}

const toOwn = ({ tokenHash: _, ...note }: HeldNote): Note => note;

const toNote = (row: Selectable<NotesTable>): Note => ({
  id: row.id,
  reviewId: row.review_id,
  themes: row.themes,
  kind: row.kind,
  text: row.text,
  day: row.day,
});
