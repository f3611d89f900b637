/**
 * Outlook is truth too, continuously: each organiser mailbox's calendar is read for what changed since the last
 * round (the calendar port's changesSince, Graph's calendarView/delta), and the programme, the answers and the cards
 * follow what people did there (follow-changes.ts).
 */
import type { UtcInterval } from '../../domain/shared/index.js';
import type { Store } from '../ports/index.js';
import { followChanges, type Synced } from './follow-changes.js';
import type { BookedSession, CalendarSyncDeps } from './session-changed.js';
import { calendarKey } from '../shared/index.js';

/** `busy`: another run (in this instance or another) is syncing the mailbox; `failed`: logged, tried again next time. */
export type SyncOutcome = ({ kind: 'synced' } & Synced) | { kind: 'busy' } | { kind: 'failed' };

/**
 * Syncs every organiser mailbox with sessions booked, one after another; one that fails does not stop the others,
 * and none stops the rest of the timed work. Answers how many answers, moves and cancellations were followed.
 */
export const syncCalendars = async (deps: CalendarSyncDeps): Promise<number> => {
  let organisers: string[];
  try {
    organisers = [...(await bookedSessions(deps.store)).keys()];
  } catch (error) {
    deps.log.warn({ err: String(error) }, 'calendars not synced: tried again on the next tick');
    return 0;
  }
  let followed = 0;
  for (const organiser of organisers) {
    const outcome = await syncOrganiser(deps, organiser);
    if (outcome.kind === 'synced') followed += outcome.answers + outcome.moved + outcome.cancelled;
  }
  return followed;
};

/**
 * Syncs one organiser's mailbox: from the token kept for it, or, with `resync` (changes were missed) or no usable
 * token, from nothing: a full sync, which changes nothing that is already as the calendar has it. Never throws.
 */
export const syncOrganiser = async (deps: CalendarSyncDeps, organiser: string, options: { resync?: boolean } = {}): Promise<SyncOutcome> => {
  const mailbox = organiser.trim().toLowerCase();
  // The mailbox stays out of the log (an email); the reviews it books for say enough to act on.
  let reviews: string[] = [];
  let release: (() => Promise<void>) | undefined;
  try {
    // One run per mailbox across every bot instance: two would follow the same change twice at once.
    release = await deps.store.runs.tryLock(calendarKey(mailbox));
    if (!release) return { kind: 'busy' };
    // Read under the lock: what another run followed just before is seen.
    const sessions = (await bookedSessions(deps.store)).get(mailbox) ?? [];
    reviews = [...new Set(sessions.map((session) => session.stored.id))];
    if (sessions.length === 0) return { kind: 'synced', answers: 0, moved: 0, cancelled: 0 };
    const synced = await syncWindow(deps, mailbox, sessions, options.resync === true);
    if (synced.answers + synced.moved + synced.cancelled > 0) deps.log.info({ reviews, ...synced }, 'changes in the calendar followed');
    return { kind: 'synced', ...synced };
  } catch (error) {
    deps.log.warn({ reviews, err: String(error) }, 'calendar not synced: tried again on the next tick');
    return { kind: 'failed' };
  } finally {
    await release?.();
  }
};

const syncWindow = async (deps: CalendarSyncDeps, organiser: string, sessions: BookedSession[], resync: boolean): Promise<Synced> => {
  const window = windowOf(sessions);
  const token = resync ? undefined : await deps.store.changeTokens.tokenFor(organiser, window);
  let read = await deps.calendar.changesSince(organiser, window, token);
  if (read.kind === 'resync') {
    // Expired (Graph keeps a token for a while only), or made for another window: start again from nothing.
    await deps.store.changeTokens.forget(organiser);
    read = await deps.calendar.changesSince(organiser, window);
    if (read.kind === 'resync') throw new Error('the calendar refused a sync from nothing');
  }
  const synced = await followChanges(deps, organiser, sessions, read.changes);
  // Kept only once every change was followed: a run cut short reads the same changes again, and following them twice is once.
  await deps.store.changeTokens.keep(organiser, window, read.token);
  return synced;
};

/**
 * From the start of the earliest booked session of the organiser's reviews to the end of the latest: every event
 * Convene booked for them, and no more of their mailbox. When it changes (a session booked, moved or cancelled at
 * either end), the kept token is for another window, and the next sync starts from nothing.
 */
const windowOf = (sessions: BookedSession[]): UtcInterval => {
  // UTC ISO instants as the store gives them: in time order when sorted as text.
  const starts = sessions.map(({ booking }) => booking.start).sort();
  const ends = sessions.map(({ booking }) => booking.end).sort();
  return { start: starts[0]!, end: ends[ends.length - 1]! };
};

/** Every booked session of every review, by its review's organiser mailbox (lower case). */
const bookedSessions = async (store: Store): Promise<Map<string, BookedSession[]>> => {
  const byOrganiser = new Map<string, BookedSession[]>();
  for (const { id } of await store.reviews.list()) {
    const stored = await store.reviews.get(id);
    if (!stored) continue;
    const organiser = stored.review.organiser.toLowerCase();
    const booked = (await store.bookings.forReview(id)).filter((booking) => booking.status === 'booked' && booking.eventId);
    if (booked.length > 0) byOrganiser.set(organiser, [...(byOrganiser.get(organiser) ?? []), ...booked.map((booking) => ({ stored, booking }))]);
  }
  return byOrganiser;
};
