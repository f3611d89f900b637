/**
 * The declined session within its part of the programme as booked, ready to be tried at another time or with
 * another peer. Each try rebuilds that part from the bookings with this one changed and hands it to the part's own
 * independent checker, so that "keeps every rule" is proved rather than argued again here.
 */
import { DateTime } from 'luxon';
import { checkCaseReviewPlan } from '../case-reviews/index.js';
import { checkOnSitePlan, eligiblePeers, readOnSite } from '../on-site/index.js';
import { bookedPart, othersBusy, type BookedSession } from '../revisions/index.js';
import { fileBusy, isFree, mergeBusy, overlaps, type BusyByPerson, type DayWindow, type Review, type UtcInterval } from '../shared/index.js';
import { caseReviewsAsBooked, onSitePlanAsBooked } from './as-booked.js';
import type { DeclinedSession } from './decline.js';

/** What the session's part of the review (on site, case reviews) holds it to. */
interface PartRules {
  /** The days of its part of the review. */
  days: DayWindow[];
  /** Minutes with the attendees, as the file asks. */
  minutes: number;
  /** A site visit's travel each way: its peers are away for it too. */
  travelMinutes: number;
  /** Peers who may run it, those in it among them. */
  eligible: string[];
  /** The session's theme ids, for who fits best. */
  themes: string[];
  /** Every rule the part's bookings break. */
  check: (booked: readonly BookedSession[]) => string[];
  /** The time a booking's peers are away: with a site visit's travel there and back. */
  away: (booked: Pick<BookedSession, 'sessionId' | 'start' | 'end'>) => UtcInterval;
}

const onSiteRules = (review: Review, booked: BookedSession, busy: BusyByPerson): PartRules | undefined => {
  const onSite = readOnSite(review);
  const session = onSite?.sessions.find((s) => s.id === booked.sessionId);
  if (!onSite || !session) return undefined;
  const travel = new Map(onSite.sessions.map((s) => [s.id, s.travelMinutes]));
  return {
    days: onSite.days,
    minutes: session.minutes,
    travelMinutes: session.travelMinutes,
    eligible: eligiblePeers(review),
    themes: session.themes,
    check: (bookings) => checkOnSitePlan(review, busy, onSitePlanAsBooked(review, bookings)),
    away: (b) => widened(b, travel.get(b.sessionId) ?? 0),
  };
};

const caseRules = (review: Review, booked: BookedSession, busy: BusyByPerson): PartRules | undefined => {
  const part = review.caseReviews;
  if (!part?.cases.some((c) => c.id === booked.sessionId)) return undefined;
  return {
    days: part.days,
    minutes: part.minutes,
    travelMinutes: 0,
    eligible: review.peers.filter((p) => p.role === 'caseReviewer').map((p) => p.email),
    themes: [],
    check: (bookings) => checkCaseReviewPlan(review, busy, caseReviewsAsBooked(review, bookings)),
    away: (b) => ({ start: b.start, end: b.end }),
  };
};

/** The session at a time (its time with the attendees), run by these peers. */
export interface Placing {
  at: UtcInterval;
  peers: readonly string[];
}

export interface Trial extends Omit<PartRules, 'check' | 'away'> {
  booked: BookedSession;
  /**
   * Every rule the programme breaks with the session `tried` that it did not break with the session `before` (or
   * without it): what the booked programme already broke (someone since busy elsewhere) is not the decline's.
   */
  breaks: (tried: Placing, before?: Placing) => string[];
  /** Free by the calendars and the file: peers for the time with its travel, attendees for the time itself. */
  free: (at: UtcInterval, peers: readonly string[], attendees: readonly string[]) => boolean;
}

/**
 * The trial of the declined session, or undefined when there is nothing to try: it is not booked, no longer in the
 * file, or a fixed item (where the file puts it, run by whom it says: changing it is a change to the file).
 */
export const trialOf = (declined: DeclinedSession): Trial | undefined => {
  const { review, sessionId, busy } = declined;
  const booked = declined.booked.find((b) => b.sessionId === sessionId);
  const part = booked && bookedPart(booked);
  if (!booked || part === 'fixed') return undefined;
  const others = declined.booked.filter((b) => b !== booked && bookedPart(b) === part);
  // The checker sees everyone's time apart from the part's own bookings, whose rules it checks itself: a session's
  // own event would make its people look busy in it, and hide a real clash behind the same words.
  const apart = othersBusy(review, others, busy);
  const rules = part === 'case' ? caseRules(review, booked, apart) : onSiteRules(review, booked, apart);
  if (!rules) return undefined;
  const { check, away, ...rest } = rules;
  const as = (placing: Placing): BookedSession => ({ ...booked, ...placing.at, peers: [...placing.peers] });
  const calendars = mergeBusy(fileBusy(review), busy);
  const othersAway = others.map((b) => ({ b, away: away(b) }));
  // Only sessions whose time away meets the session's can meet its rules; checking the rest twice would only find
  // the same words twice, and a week of sessions is slow to check at every start of every day.
  const near = (...placings: Placing[]) => {
    const times = placings.map((p) => away(as(p)));
    return othersAway.filter((o) => times.some((t) => overlaps(o.away, t))).map((o) => o.b);
  };
  return {
    ...rest,
    booked,
    breaks: (tried, before) => {
      const nearBy = before ? near(tried, before) : near(tried);
      return fresh(check([...nearBy, as(tried)]), check(before ? [...nearBy, as(before)] : nearBy));
    },
    free: (at, peers, attendees) =>
      peers.every((p) => isFree(away({ ...booked, ...at }), calendars.get(p))) && attendees.every((a) => isFree(at, calendars.get(a))),
  };
};

const fresh = (problems: readonly string[], before: readonly string[]): string[] => problems.filter((p) => !before.includes(p));

const widened = (at: UtcInterval, minutes: number): UtcInterval => ({
  start: DateTime.fromISO(at.start, { zone: 'utc' }).minus({ minutes }).toISO()!,
  end: DateTime.fromISO(at.end, { zone: 'utc' }).plus({ minutes }).toISO()!,
});
