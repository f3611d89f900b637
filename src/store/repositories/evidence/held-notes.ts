/**
 * Held notes: sealed rows until a release moves them into `notes`, a batch in random order. A held row and the note
 * it becomes share nothing an operator can match: the note gets a new id, the sealed text is padded, and the token's
 * hash is kept in each table under a key of its own (tokenKey), which only the token's holder can compute.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isNoteKind, type Note, type NoteKind } from '../../../domain/notes/index.js';
import type { NoteChange } from '../../../services/ports/index.js';
import type { NotesSeal } from './notes-seal.js';
import type { Database } from '../../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The token hash as each table keeps it: the two cannot be matched without the hash itself. */
export const tokenKey = (table: 'held_notes' | 'notes', tokenHash: string): string => createHash('sha256').update(`${table}:${tokenHash}`, 'utf8').digest('hex');

/** What is sealed: the note, and the token's hash, which its release needs to key the released row. */
interface Sealed {
  themes: string[];
  kind: NoteKind;
  text: string;
  day: string;
  tokenHash: string;
}

export type HeldNote = Note & { tokenHash: string };

const isSealed = (value: unknown): value is Sealed => {
  const v = value as Partial<Sealed> | undefined;
  return typeof v?.text === 'string' && typeof v.kind === 'string' && typeof v.day === 'string' && Array.isArray(v.themes) && typeof v.tokenHash === 'string';
};

export class HeldNotes {
  constructor(private readonly seal: NotesSeal) {}

  /** Holds the note under a new id, or in place of the held note with this token. */
  async hold(db: Db, note: Omit<HeldNote, 'id'>): Promise<Note> {
    // The notes table's own checks, before sealing: a row they would refuse would stop its whole release.
    if (!DAY.test(note.day)) throw new Error('A note keeps its day only (yyyy-MM-dd)');
    if (!isNoteKind(note.kind)) throw new Error('A note has a kind of NOTE_KINDS');
    const key = tokenKey('held_notes', note.tokenHash);
    const id = (await db.selectFrom('held_notes').select('id').where('token_hash', '=', key).executeTakeFirst())?.id ?? randomUUID();
    const sealed = this.seal.seal({ themes: note.themes, kind: note.kind, text: note.text, day: note.day, tokenHash: note.tokenHash }, id, note.reviewId);
    await db
      .insertInto('held_notes')
      .values({ id, review_id: note.reviewId, token_hash: key, sealed })
      .onConflict((oc) => oc.column('id').doUpdateSet({ sealed }))
      .execute();
    return { id, reviewId: note.reviewId, themes: note.themes, kind: note.kind, text: note.text, day: note.day };
  }

  async find(db: Db, tokenHash: string): Promise<HeldNote | undefined> {
    const row = await db.selectFrom('held_notes').selectAll().where('token_hash', '=', tokenKey('held_notes', tokenHash)).executeTakeFirst();
    return row && this.opened(row);
  }

  /** The corrected note keeps the day it was written. */
  async change(db: Db, tokenHash: string, change: NoteChange): Promise<Note | undefined> {
    const held = await this.find(db, tokenHash);
    return held && this.hold(db, { ...held, ...change });
  }

  async remove(db: Db, tokenHash: string): Promise<boolean> {
    const result = await db.deleteFrom('held_notes').where('token_hash', '=', tokenKey('held_notes', tokenHash)).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Every held note of the review, opened and shuffled, with its row's id; rows sealed with another key are left where they are. */
  async open(trx: Transaction<Database>, reviewId: string): Promise<{ notes: HeldNote[]; unreadable: number }> {
    const rows = await trx.selectFrom('held_notes').selectAll().where('review_id', '=', reviewId).forUpdate().execute();
    const notes = rows.flatMap((row) => this.opened(row) ?? []);
    return { notes: shuffled(notes), unreadable: rows.length - notes.length };
  }

  private opened(row: { id: string; review_id: string; sealed: string }): HeldNote | undefined {
    const note = this.seal.open(row.sealed, row.id, row.review_id);
    if (!isSealed(note)) return undefined;
    return { id: row.id, reviewId: row.review_id, themes: note.themes, kind: note.kind, text: note.text, day: note.day, tokenHash: note.tokenHash };
  }
}

/** Fisher–Yates with the system's random source: the release order says nothing of the save order. */
const shuffled = <T>(items: T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
