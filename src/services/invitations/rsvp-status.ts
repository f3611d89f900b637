import { unfinishedProgrammes } from '../../domain/programme/index.js';
import { answerFromCalendar } from '../../domain/invitations/index.js';
import { ok, type Result } from '../../domain/shared/index.js';
import { withCardsOnTheWay } from '../booking/index.js';
import { currentReview, projectTeamOnly } from '../shared/index.js';
import type { Booking, CalendarPort, Invitation, Log, ReviewStatus, Store, StoredReview } from '../ports/index.js';

type StatusDeps = { store: Store; calendar: CalendarPort; log: Log; now: () => string };

/** RSVP counts and answers per session of the current review, after picking up answers people gave in Outlook. */
export const reviewStatus = async (deps: StatusDeps, asker: string): Promise<Result<ReviewStatus>> => {
  const current = await currentReview(deps.store.reviews);
  return current.ok ? statusOfReview(deps, current.value, asker) : current;
};

/** The same for a given review: the replies page shows the review its link was made for, which a later import may have followed. */
export const statusOfReview = async (deps: StatusDeps, stored: StoredReview, asker: string): Promise<Result<ReviewStatus>> => {
  const denied = projectTeamOnly(stored.review, asker, 'see the replies');
  if (denied) return denied;
  const bookings = (await deps.store.bookings.forReview(stored.id)).sort((a, b) => a.start.localeCompare(b.start));
  const booked = bookings.filter((b) => b.status === 'booked');
  let invitations = await deps.store.invitations.forReview(stored.id);
  if (booked.length > 0) invitations = await syncFromCalendar(deps, stored, booked, invitations);
  const sessions = booked.map((booking) => {
    const mine = invitations.filter((i) => i.bookingId === booking.id);
    return { booking, invitations: mine };
  });
  return ok({ stored, sessions, unfinished: unfinishedProgrammes(bookings, await withCardsOnTheWay(deps.store, stored.id, invitations)) });
};

const syncFromCalendar = async (
  deps: StatusDeps,
  stored: StoredReview,
  booked: Booking[],
  invitations: Invitation[],
): Promise<Invitation[]> => {
  const window = { start: booked[0]!.start, end: booked[booked.length - 1]!.end };
  const events = await deps.calendar.listResponses(stored.review.organiser, window).catch((error: unknown) => {
    deps.log.warn({ err: String(error) }, 'could not read answers from the calendar');
    return [];
  });
  const byUid = new Map(events.map((event) => [event.iCalUId, event.responses]));
  const bookingOf = new Map(booked.map((b) => [b.id, b]));
  const updated: Invitation[] = [];
  for (const invitation of invitations) {
    const uid = bookingOf.get(invitation.bookingId)?.iCalUId;
    const calendar = byUid.get(uid ?? '')?.find((r) => r.email === invitation.email)?.rsvp;
    const adopted = calendar && answerFromCalendar(invitation.rsvp, calendar);
    updated.push(adopted ? await deps.store.invitations.answer(invitation.id, adopted, undefined, deps.now()) : invitation);
  }
  return updated;
};
