import { dayWindow, fileBusy, mergeBusy } from '../../domain/shared/index.js';
import { readOnSite } from '../../domain/on-site/index.js';
import { ok, userError, type Result } from '../../domain/shared/index.js';
import { projectTeamOnly } from '../shared/index.js';
import { allConfirmed } from '../booking/index.js';
import { bookedBusy, heldSessions } from './booked-busy.js';
import { currentReview } from '../shared/index.js';
import type { Planner } from '../ports/index.js';
import type { CalendarPort, OnSiteProposal, Store, StoredReview } from '../ports/index.js';
import { tooLong } from '../shared/index.js';

export interface OnSiteProposalResult {
  stored: StoredReview;
  proposal: OnSiteProposal;
  /** On-site sessions left out because they are booked already (or being booked). */
  alreadyBooked: number;
}

/** Checked and ready to plan: `run` may take seconds, so the caller can answer first. */
export interface OnSitePlanning {
  stored: StoredReview;
  /** The sessions to place: those not booked yet. */
  sessions: number;
  /** Asks the calendar, plans in the planner and keeps the plan as a proposal; nothing is kept if it fails. */
  run(): Promise<Result<OnSiteProposalResult>>;
}

const SPLIT_ON_SITE =
  'Split the review into smaller review files (fewer sessions or days in each), or ask for fewer peers per session, then send **schedule on-site** again.';

interface Deps {
  store: Store;
  calendar: CalendarPort;
  planner: Planner;
}

/**
 * Checks that the asker may plan the on-site sessions not booked yet, and that there are some; `run` then plans
 * them from everyone's free/busy (the calendar's and the file's) and keeps the plan as a proposal. The new plan
 * works around the sessions booked earlier, their peers' travel included.
 */
export const proposeOnSite = async (deps: Deps, asker: string): Promise<Result<OnSitePlanning>> => {
  const current = await currentReview(deps.store.reviews);
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
  const bookings = await deps.store.bookings.forReview(stored.id);
  const booked = new Set(bookings.map((booking) => booking.sessionId));
  const sessions = onSite.sessions.filter((s) => !booked.has(s.id));
  const alreadyBooked = onSite.sessions.length - sessions.length;
  if (sessions.length === 0) return allConfirmed(deps.store, `${alreadyBooked} on-site sessions`, bookings.filter((b) => b.kind !== 'caseReview'));
  const run = async (): Promise<Result<OnSiteProposalResult>> => {
    const people = [
      ...new Set([
        ...review.peers.map((peer) => peer.email),
        ...sessions.flatMap((s) => s.attendees),
        ...onSite.fixed.flatMap((f) => f.attendees),
      ]),
    ];
    const windows = onSite.days.map((day) => dayWindow(day, review.timeZone));
    const window = { start: windows.map((w) => w.start).sort()[0]!, end: windows.map((w) => w.end).sort().at(-1)! };
    const calendarBusy = await deps.calendar.getBusy(review.organiser, people, window);
    const keep = new Set(sessions.map((s) => s.id));
    const raw = review.onSite as { sessions?: { id?: unknown }[] };
    const unbooked = { ...review, onSite: { ...raw, sessions: (raw.sessions ?? []).filter((s) => keep.has(String(s.id))) } };
    const busy = mergeBusy(fileBusy(review), calendarBusy, bookedBusy(onSite.sessions, bookings));
    const planned = await deps.planner.planOnSite(unbooked, busy, heldSessions(onSite.sessions, bookings));
    if (!planned.ok) return tooLong(`the on-site programme for ${review.name}`, planned.limitSeconds, SPLIT_ON_SITE);
    const { plan } = planned;
    const created = await deps.store.proposals.create({ reviewId: stored.id, revision: stored.revision, kind: 'onSite', plan, createdBy: asker });
    return ok({ stored, proposal: { ...created, kind: 'onSite', plan }, alreadyBooked });
  };
  return ok({ stored, sessions: sessions.length, run });
};
