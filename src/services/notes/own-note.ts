/** The author's own note, reached only through the capability token in the card they were given. */
import type { Note } from '../../domain/notes/index.js';
import { noteStillOpen } from '../../domain/notes/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { hashToken } from '../shared/index.js';
import { currentReview } from '../shared/index.js';
import { noteClosed, noteGone } from './log-note.js';
import { peersOnly } from './note-access.js';
import { writeNoteContext } from './note-context.js';
import type { Store, StoredReview } from '../ports/index.js';

/** No log: a log line's time would say when a note was deleted (see log-note.ts). */
interface Deps {
  store: Store;
  now: () => string;
}

/** The note to correct, with the context that makes Save replace it rather than add another. */
export const noteToCorrect = async (deps: Deps, asker: string, data: unknown): Promise<Result<{ stored: StoredReview; note: Note; context: string }>> => {
  const found = await openNote(deps, asker, data);
  if (!found.ok) return found;
  const { stored, note, token } = found.value;
  return ok({ stored, note, context: writeNoteContext({ kind: 'correction', token }) });
};

export const deleteNote = async (deps: Deps, asker: string, data: unknown): Promise<Result<StoredReview>> => {
  const found = await openNote(deps, asker, data);
  if (!found.ok) return found;
  const { stored, token } = found.value;
  if (!(await deps.store.notes.remove(hashToken(token)))) return noteGone();
  return ok(stored);
};

/** The token is the proof of authorship; a card forwarded outside the peer team still opens nothing. */
const openNote = async (deps: Deps, asker: string, data: unknown) => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const denied = peersOnly(stored.review, asker, 'change notes');
  if (denied) return denied;
  const { token } = (data ?? {}) as { token?: unknown };
  if (typeof token !== 'string' || token === '') return noteGone();
  const note = await deps.store.notes.withToken(hashToken(token));
  if (!note || note.reviewId !== stored.id) return noteGone();
  if (!noteStillOpen(note.day, deps.now(), stored.review.timeZone)) return noteClosed();
  return ok({ stored, note, token });
};
