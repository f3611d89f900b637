import { dayWindow, fileBusy, mergeBusy } from '../domain/intervals.js';
import { planOnSite } from '../domain/plan-on-site.js';
import { readOnSite } from '../domain/read-on-site.js';
import { ok, userError, type Result } from '../domain/user-error.js';
import { projectTeamOnly } from './access.js';
import { bookedBusy, heldSessions } from './booked-busy.js';
import { currentReview } from './current-review.js';
import type { CalendarPort, OnSiteProposal, Store, StoredReview } from './ports.js';

export interface OnSiteProposalResult {
  stored: StoredReview;
  proposal: OnSiteProposal;
  /** On-site sessions left out because they are booked already (or being booked). */
  alreadyBooked: number;
}

/**
 * Plans the on-site sessions not booked yet from everyone's free/busy (the calendar's and the file's) and keeps
 * the plan as a proposal. The new plan works around the sessions booked earlier, their peers' travel included.
 */
export const proposeOnSite = async (store: Store, calendar: CalendarPort, asker: string): Promise<Result<OnSiteProposalResult>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const stored = current.value;
  const review = stored.review;
  const denied = projectTeamOnly(review, asker, 'schedule the on-site programme');
  if (denied) return denied;
  const onSite = readOnSite(review);
  if (!onSite || onSite.sessions.length === 0 || onSite.days.length === 0) {
    const fix = 'add onSite to the review file and import it again';
    return userError('SCHEDULING.NOTHING_TO_PLACE', `${review.name} has no on-site sessions: ${fix}.`);
  }
  const bookings = await store.bookings.forReview(stored.id);
  const booked = new Set(bookings.map((booking) => booking.sessionId));
  const sessions = onSite.sessions.filter((s) => !booked.has(s.id));
  const alreadyBooked = onSite.sessions.length - sessions.length;
  if (sessions.length === 0) {
    const all = `All ${alreadyBooked} on-site sessions are booked already`;
    return userError('SCHEDULING.NOTHING_TO_PLACE', `${all}. Send **status** to see the replies.`);
  }
  const people = [
    ...new Set([
      ...review.peers.map((peer) => peer.email),
      ...sessions.flatMap((s) => s.attendees),
      ...onSite.fixed.flatMap((f) => f.attendees),
    ]),
  ];
  const windows = onSite.days.map((day) => dayWindow(day, review.timeZone));
  const window = { start: windows.map((w) => w.start).sort()[0]!, end: windows.map((w) => w.end).sort().at(-1)! };
  const calendarBusy = await calendar.getBusy(review.organiser, people, window);
  const keep = new Set(sessions.map((s) => s.id));
  const raw = review.onSite as { sessions?: { id?: unknown }[] };
  const unbooked = { ...review, onSite: { ...raw, sessions: (raw.sessions ?? []).filter((s) => keep.has(String(s.id))) } };
  const busy = mergeBusy(fileBusy(review), calendarBusy, bookedBusy(onSite.sessions, bookings));
  const plan = planOnSite(unbooked, busy, heldSessions(onSite.sessions, bookings));
  const created = await store.proposals.create({ reviewId: stored.id, kind: 'onSite', plan, createdBy: asker });
  return ok({ stored, proposal: { ...created, kind: 'onSite', plan }, alreadyBooked });
};
