/**
 * The replies in the page's words, before any HTML: the booked sessions of the review (as the status command reads
 * them, Outlook answers picked up) grouped by day in the review's zone, each invitee by name with their answer;
 * the answers counted per day; and the filters a reader may choose from, read from the query.
 */
import { DateTime } from 'luxon';
import { countRsvps, type Rsvp, type RsvpCounts } from '../domain/invitations/index.js';
import { sessionTitle } from '../domain/programme/index.js';
import { clockSpan, localDate, localDay, nameOf, zoneLabel } from '../domain/shared/index.js';
import type { ReviewStatus } from '../services/ports/index.js';

/** An answer as the page and its query name it. */
export type Answer = 'yes' | 'maybe' | 'no' | 'none';
export const ANSWERS: readonly Answer[] = ['yes', 'maybe', 'no', 'none'];
export const ANSWER_WORDS: Record<Answer, string> = { yes: 'Yes', maybe: 'Maybe', no: 'No', none: 'No reply' };
const ANSWER_OF: Record<Rsvp, Answer> = { accepted: 'yes', tentative: 'maybe', declined: 'no', pending: 'none' };

export type Tally = Record<Answer, number> & { total: number; answered: number };

export interface ReplyRow {
  email: string;
  name: string;
  answer: Answer;
  reason?: string;
}

export interface RepliesSession {
  /** "09:00–10:00": the day is the group's heading, the zone is said once per day. */
  time: string;
  title: string;
  tally: Tally;
  rows: ReplyRow[];
}

export interface RepliesDay {
  /** yyyy-MM-dd in the review's zone: the day filter's value. */
  date: string;
  /** "Tuesday 3 February" */
  heading: string;
  /** "Tue 3 Feb": the day in filters. */
  short: string;
  /** "UK time", or the zone's short name that day ("CET"). */
  zone: string;
  tally: Tally;
  sessions: RepliesSession[];
}

export interface Replies {
  reviewName: string;
  sessionCount: number;
  tally: Tally;
  days: RepliesDay[];
  /** Everyone invited to a booked session, by name: the person filter's choices. */
  people: { email: string; name: string }[];
}

export interface RepliesFilters {
  day?: string;
  answer?: Answer;
  person?: string;
}

export const FILTER_NAMES = ['day', 'answer', 'person'] as const;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

const tallyOf = (counts: RsvpCounts): Tally => {
  const tally = { yes: counts.accepted, maybe: counts.tentative, no: counts.declined, none: counts.pending };
  return { ...tally, answered: tally.yes + tally.maybe + tally.no, total: tally.yes + tally.maybe + tally.no + tally.none };
};

const sum = (tallies: Tally[]): Tally =>
  tallies.reduce((all, t) => ({ yes: all.yes + t.yes, maybe: all.maybe + t.maybe, no: all.no + t.no, none: all.none + t.none, answered: all.answered + t.answered, total: all.total + t.total }), {
    yes: 0, maybe: 0, no: 0, none: 0, answered: 0, total: 0,
  });

/** Every booked session and every answer; `status.sessions` are the booked ones, in time order. */
export const repliesLayout = ({ stored, sessions }: ReviewStatus): Replies => {
  const { review } = stored;
  const zone = review.timeZone;
  const days = new Map<string, RepliesDay>();
  const people = new Map<string, string>();
  for (const { booking, invitations } of sessions) {
    const date = localDate(booking.start, zone);
    let day = days.get(date);
    if (!day) {
      const heading = DateTime.fromISO(date, { zone }).setLocale('en-GB').toFormat('cccc d LLLL');
      day = { date, heading, short: localDay(booking.start, zone), zone: zoneLabel(zone, booking.start), tally: sum([]), sessions: [] };
      days.set(date, day);
    }
    const rows = invitations.map((i) => ({ email: i.email, name: nameOf(review, i.email), answer: ANSWER_OF[i.rsvp], reason: i.reason || undefined })).sort(byName);
    rows.forEach((row) => people.set(row.email, row.name));
    day.sessions.push({ time: clockSpan(booking.start, booking.end, zone), title: sessionTitle(review, booking.subject), tally: tallyOf(countRsvps(invitations.map((i) => i.rsvp))), rows });
  }
  const grouped = [...days.values()].map((day) => ({ ...day, tally: sum(day.sessions.map((s) => s.tally)) }));
  return {
    reviewName: review.name,
    sessionCount: sessions.length,
    tally: sum(grouped.map((d) => d.tally)),
    days: grouped,
    people: [...people].map(([email, name]) => ({ email, name })).sort(byName),
  };
};

/**
 * The days, sessions and rows the filters leave. A day's tally stays the whole day's: it tells how far the
 * answers have come, whatever the reader picks out.
 */
export const filterReplies = (replies: Replies, filters: RepliesFilters): RepliesDay[] =>
  replies.days
    .filter((day) => !filters.day || day.date === filters.day)
    .map((day) => ({
      ...day,
      sessions: day.sessions
        .map((s) => ({ ...s, rows: s.rows.filter((r) => (!filters.answer || r.answer === filters.answer) && (!filters.person || r.email === filters.person)) }))
        .filter((s) => s.rows.length > 0),
    }))
    .filter((day) => day.sessions.length > 0);

export type FiltersRead = { ok: true; filters: RepliesFilters } | { ok: false; problems: string[] };

/** What a query asks for, checked against what the page offers; an empty value ("All" in the form) is no filter. */
export const readFilters = (query: Record<string, unknown>, replies: Replies): FiltersRead => {
  const problems: string[] = [];
  const filters: RepliesFilters = {};
  for (const name of FILTER_NAMES) {
    const value = query[name];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') {
      problems.push(`The ${name} filter should be given once, as plain text.`);
      continue;
    }
    const given = value.trim().toLowerCase();
    const shown = `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;
    if (name === 'day') {
      if (replies.days.some((d) => d.date === given)) filters.day = given;
      else problems.push(`There is no booked session on the day ${shown}.`);
    } else if (name === 'answer') {
      const answer = ANSWERS.find((a) => a === given);
      if (answer) filters.answer = answer;
      else problems.push(`The answer ${shown} is not one of yes, maybe, no or none (no reply).`);
    } else if (replies.people.some((p) => p.email === given)) {
      filters.person = given;
    } else {
      problems.push(`Nobody invited to a booked session is ${shown}.`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filters };
};
