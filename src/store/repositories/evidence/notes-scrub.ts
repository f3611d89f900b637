import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema.js';

/**
 * A deleted or replaced row keeps its text on the table's pages until the table is rewritten (a plain VACUUM
 * frees the space but leaves the bytes). So after a note's correction, deletion, release or purge, the next
 * background tick rewrites both notes tables. It starts dirty, so a process stopped before its tick is made up for
 * by the next start.
 */
export class NotesScrub {
  private dirty = true;

  constructor(private readonly db: Kysely<Database>) {}

  mark(): void {
    this.dirty = true;
  }

  async run(): Promise<boolean> {
    if (!this.dirty) return false;
    this.dirty = false;
    try {
      await sql`vacuum full notes, held_notes`.execute(this.db);
    } catch (error) {
      this.dirty = true;
      throw error;
    }
    return true;
  }
}
