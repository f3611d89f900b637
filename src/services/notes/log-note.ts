/**
 * Logging a note: preview (redacted, nothing stored), then save. A concern is routed instead of stored as a
 * note. Card data may be forged, so Save checks and redacts again rather than trusting the preview.
 */
import type { Note } from '../../domain/notes/index.js';
import { readNoteInput, type NoteInput } from '../../domain/notes/index.js';
import { namesToRedact, nextRelease, noteDay, noteStillOpen, settingsToRedact, type Release } from '../../domain/notes/index.js';
import { redact, type Redacted } from '../../domain/redaction/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { hashToken, newToken } from '../shared/index.js';
import { currentReview } from '../shared/index.js';
import { peersOnly } from './note-access.js';
import { readNoteContext, writeNoteContext } from './note-context.js';
import type { Log, Store, StoredReview } from '../ports/index.js';
import type { Outbox } from '../outbox/index.js';
import { raiseConcern, type RaisedConcern } from './raise-concern.js';

export interface NoteDeps {
  store: Store;
  outbox: Outbox;
  log: Log;
  now: () => string;
}

export interface NotePreview {
  stored: StoredReview;
  input: NoteInput;
  /** For a concern, the text as written: it is not redacted, as the leads must be able to act on it. */
  redacted: Redacted;
  context: string;
}

/** release: the batch the note joins the collections in (a correction too: it waits for the next one). */
export type SavedNote = { kind: 'note'; stored: StoredReview; note: Note; token: string; release: Release } | ({ kind: 'concern'; stored: StoredReview } & RaisedConcern);

export const previewNote = async (deps: NoteDeps, asker: string, data: unknown): Promise<Result<NotePreview>> => {
  const ready = await readyToWrite(deps, asker, data);
  if (!ready.ok) return ready;
  const { stored, input, context } = ready.value;
  const redacted = input.concern ? unredacted(input.text) : await redactNote(deps, stored, input.text);
  return ok({ stored, input, redacted, context: writeNoteContext(context) });
};

export const saveNote = async (deps: NoteDeps, asker: string, data: unknown): Promise<Result<SavedNote>> => {
  const ready = await readyToWrite(deps, asker, data);
  if (!ready.ok) return ready;
  const { stored, input, context } = ready.value;
  if (input.concern) return ok({ kind: 'concern', stored, ...(await raiseConcern(deps, stored, asker, input.text)) });
  const text = (await redactNote(deps, stored, input.text)).text;
  const change = { themes: input.themes, kind: input.kind, text };
  // Nothing about a note is logged: every log line is stamped to the millisecond, which would date the note.
  if (context.kind === 'correction') {
    const note = await deps.store.notes.update(hashToken(context.token), change);
    if (!note) return noteGone();
    return ok({ kind: 'note', stored, note, token: context.token, release: nextRelease(stored.review, deps.now()) });
  }
  const token = newToken();
  const note = await deps.store.notes.add({ reviewId: stored.id, ...change, day: noteDay(deps.now(), stored.review.timeZone) }, hashToken(token));
  return ok({ kind: 'note', stored, note, token, release: nextRelease(stored.review, deps.now()) });
};

const readyToWrite = async (deps: NoteDeps, asker: string, data: unknown) => {
  const current = await currentReview(deps.store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const denied = peersOnly(stored.review, asker, 'log notes');
  if (denied) return denied;
  const input = readNoteInput(data, stored.review.themes);
  if (!input.ok) return input;
  const context = readNoteContext((data as { context?: unknown } | null)?.context);
  if (context.kind === 'correction') {
    const note = await deps.store.notes.withToken(hashToken(context.token));
    if (!note || note.reviewId !== stored.id) return noteGone();
    if (!noteStillOpen(note.day, deps.now(), stored.review.timeZone)) return noteClosed();
    if (input.value.concern) return userError('NOTE.INVALID', 'A note cannot become a concern. Log the concern as a new note with the concern switch on.');
  }
  return ok({ stored, input: input.value, context });
};

/**
 * The one redaction of a note, for its preview and its save alike, so the preview shows exactly what is stored:
 * the names of everyone on any of the review's bookings, whoever writes and from whichever card (redacting more
 * leaks nothing), and the review's own settings.
 */
const redactNote = async (deps: NoteDeps, stored: StoredReview, text: string): Promise<Redacted> => {
  const bookings = await deps.store.bookings.forReview(stored.id);
  return redact(text, namesToRedact(stored.review, bookings.flatMap((b) => b.attendees)), settingsToRedact(stored.review));
};

const unredacted = (text: string): Redacted => ({ text, counts: { name: 0, email: 0, phone: 0, time: 0, setting: 0 } });

export const noteGone = () => userError('NOTE.NOT_FOUND', 'That note is no longer there: it was deleted, purged, or this card is not the one it was saved from.');

export const noteClosed = () =>
  userError('NOTE.CLOSED', 'Notes can be corrected or deleted only on the day they were written. Log a new note if something has changed.');
