/** Held notes: sealed rows until a release moves them into `notes`, a batch in random order. */
import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isNoteKind, type Note, type NoteKind } from '../../../domain/notes/index.js';
import type { NoteChange } from '../../../services/ports/index.js';
import type { NotesSeal } from '../../notes-seal.js';
import type { Database } from '../../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is sealed: everything of the note but what finds it again. */
interface Sealed {
  themes: string[];
  kind: NoteKind;
  text: string;
  day: string;
}

const isSealed = (value: unknown): value is Sealed => {
  const v = value as Partial<Sealed> | undefined;
  return typeof v?.text === 'string' && typeof v.kind === 'string' && typeof v.day === 'string' && Array.isArray(v.themes);
};

export class HeldNotes {
  constructor(private readonly seal: NotesSeal) {}

  async hold(db: Db, reviewId: string, id: string, tokenHash: string, note: Sealed): Promise<void> {
    // The notes table's own checks, before sealing: a row they would refuse would stop its whole release.
    if (!DAY.test(note.day)) throw new Error('A note keeps its day only (yyyy-MM-dd)');
    if (!isNoteKind(note.kind)) throw new Error('A note has a kind of NOTE_KINDS');
    const sealed = this.seal.seal({ themes: note.themes, kind: note.kind, text: note.text, day: note.day }, id, reviewId);
    await db
      .insertInto('held_notes')
      .values({ id, review_id: reviewId, token_hash: tokenHash, sealed })
      .onConflict((oc) => oc.column('id').doUpdateSet({ sealed }))
      .execute();
  }

  async find(db: Db, id: string, tokenHash: string): Promise<Note | undefined> {
    const row = await db.selectFrom('held_notes').selectAll().where('id', '=', id).where('token_hash', '=', tokenHash).executeTakeFirst();
    if (!row) return undefined;
    const note = this.seal.open(row.sealed, row.id, row.review_id);
    return isSealed(note) ? { id: row.id, reviewId: row.review_id, ...pick(note) } : undefined;
  }

  /** The corrected note keeps the day it was written. */
  async change(db: Db, id: string, tokenHash: string, change: NoteChange): Promise<Note | undefined> {
    const held = await this.find(db, id, tokenHash);
    if (!held) return undefined;
    const note = { ...held, ...change };
    await this.hold(db, held.reviewId, id, tokenHash, note);
    return note;
  }

  /** Every held note of the review, opened and shuffled; rows sealed with another key are left where they are. */
  async open(trx: Transaction<Database>, reviewId: string): Promise<{ notes: (Note & { tokenHash: string })[]; unreadable: number }> {
    const rows = await trx.selectFrom('held_notes').selectAll().where('review_id', '=', reviewId).forUpdate().execute();
    const notes: (Note & { tokenHash: string })[] = [];
    for (const row of rows) {
      const note = this.seal.open(row.sealed, row.id, row.review_id);
      if (isSealed(note)) notes.push({ id: row.id, reviewId: row.review_id, tokenHash: row.token_hash, ...pick(note) });
    }
    return { notes: shuffled(notes), unreadable: rows.length - notes.length };
  }
}

const pick = (note: Sealed) => ({ themes: note.themes, kind: note.kind, text: note.text, day: note.day });

/** Fisher–Yates with the system's random source: the release order says nothing of the save order. */
const shuffled = <T>(items: T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
