/**
 * `move <session>`: the other times it could have with nothing else moving (the times a decline offers), then the
 * time chosen on the card as a proposal to move it. The time is worked out again when it is chosen: calendars change.
 */
import type { AlternativeTime } from '../../domain/declines/index.js';
import { isFixedItemId } from '../../domain/programme/index.js';
import { targetOf } from '../../domain/replan/index.js';
import type { BookedSession } from '../../domain/revisions/index.js';
import { nameOf, ok, userError, type Result } from '../../domain/shared/index.js';
import { otherTimes } from '../declines/index.js';
import type { CalendarPort, Store, StoredReview } from '../ports/index.js';
import { mayChange, namedBooked, proposeOne, type Proposed } from './one-change.js';

interface Deps {
  store: Store;
  calendar: CalendarPort;
  now: () => string;
}

export interface MoveChoices {
  stored: StoredReview;
  session: BookedSession;
  /** Best first; none when no time keeps every rule with everyone free. */
  alternatives: AlternativeTime[];
}

export interface MoveInput {
  bookingId: unknown;
  /** The start (UTC ISO) of one of the times offered. */
  alternative: unknown;
}

const fixedItem = (session: BookedSession) =>
  userError('SESSION.FORM', `${session.title} is a fixed item: it is where the review file puts it. Change its time in the file and import it again.`);

const noLonger = (what: string) => userError('SESSION.NOT_BOOKED', `${what} is no longer booked, so nothing was proposed. Send **status** to see what is booked.`);

export const moveChoices = async (deps: Deps, name: string, asker: string): Promise<Result<MoveChoices>> => {
  const named = await namedBooked(deps.store, name, asker, 'move');
  if (!named.ok) return named;
  const { stored, session } = named.value;
  if (isFixedItemId(session.sessionId)) return fixedItem(session);
  const times = await otherTimes(deps, stored, session.bookingId!);
  return times ? ok({ stored, ...times }) : noLonger(session.title);
};

/** "Propose this time": the chosen time, if it is still one of the times offered now. */
export const proposeMove = async (deps: Deps, input: MoveInput, asker: string): Promise<Result<Proposed>> => {
  if (typeof input.bookingId !== 'string' || typeof input.alternative !== 'string') {
    return userError('CARD.INVALID', 'Choose one of the times on the card, then press **Propose this time**.');
  }
  const booking = await deps.store.bookings.get(input.bookingId);
  const stored = booking && (await deps.store.reviews.get(booking.reviewId));
  if (!booking || !stored) return userError('SESSION.NOT_FOUND', 'I cannot find this session. Send **move** with its id again.');
  const refused = await mayChange(deps.store, stored, asker, `move ${booking.sessionId}`);
  if (refused) return refused;
  const times = booking.status === 'booked' ? await otherTimes(deps, stored, booking.id) : undefined;
  if (!times) return noLonger('This session');
  const at = times.alternatives.find((a) => Date.parse(a.start) === Date.parse(input.alternative as string));
  if (!at) {
    return userError(
      'MOVE.STALE',
      `That time is no longer free for everyone in ${times.session.title}, or no longer keeps the rest of the programme where it is, so nothing was proposed. Send **move ${booking.sessionId}** again for the times free now.`,
    );
  }
  const change = { action: 'update' as const, from: times.session, to: targetOf(times.session, { start: at.start, end: at.end }) };
  return ok(await proposeOne(deps.store, stored, change, `${nameOf(stored.review, asker)} asked to move ${times.session.title}.`, asker));
};
