/**
 * After a session ends, its peers get a card to log notes, and a case reviewer gets the EHCP form.
 * Run on a timer by the composition root; each prompt is claimed in the store, so it goes once
 * even when several bot instances run the same timer.
 */
import { duePrompts, type DuePrompt } from '../../domain/programme/index.js';
import { openCaseForm } from '../case-forms/index.js';
import { writeNoteContext } from './note-context.js';
import type { Booking, Log, Messenger, SessionPrompt, Store, StoredReview } from '../ports/index.js';

interface Deps {
  store: Store;
  messenger: Messenger;
  log: Log;
  now: () => string;
}

export const sendSessionPrompts = async (deps: Deps): Promise<number> => {
  const stored = await deps.store.reviews.latest();
  if (!stored) return 0;
  const bookings = (await deps.store.bookings.forReview(stored.id)).filter((b) => b.status === 'booked');
  const byId = new Map(bookings.map((b) => [b.id, b]));
  let sent = 0;
  for (const prompt of duePrompts(stored.review, bookings, deps.now())) {
    // Someone who never wrote to the bot cannot get a card yet; they are tried again on the next run.
    if (!(await deps.store.people.conversationFor(prompt.email))) continue;
    const message = await promptFor(deps, stored, prompt, byId.get(prompt.bookingId)!);
    if (!message || !(await deps.store.prompts.claim(prompt.bookingId, prompt.email, prompt.kind))) continue;
    const delivered = await deps.messenger.sendPrompt(prompt.email, message).catch((error: unknown) => {
      deps.log.warn({ err: String(error), kind: prompt.kind }, 'prompt not delivered');
      return false;
    });
    if (delivered) sent += 1;
  }
  if (sent > 0) deps.log.info({ reviewId: stored.id, sent }, 'session prompts sent');
  return sent;
};

const promptFor = async (deps: Deps, stored: StoredReview, prompt: DuePrompt, booking: Booking): Promise<SessionPrompt | undefined> => {
  if (prompt.kind === 'note') return { kind: 'note', review: stored.review, start: prompt.start, noteContext: writeNoteContext({ kind: 'new' }) };
  const opened = await openCaseForm(deps, prompt.email, booking.sessionId);
  if (!opened.ok) return undefined;
  const { form, saved, today } = opened.value;
  return { kind: 'caseForm', review: stored.review, form, saved, today };
};
