/**
 * Why an on-site session found no place, in words a project team member can act on. Each start it could have had
 * has one blocking cause (on-site-blocks.ts); the reason names the first thing a person would check that rules out
 * every start (the day, an attendee's calendar, the peers), else the most common cause among what the placed
 * sessions took.
 */
import { DateTime } from 'luxon';
import { joinAnd, joinWith, nameOf, plural } from '../shared/index.js';
import { candidates, type Block, type Candidate } from './blocks.js';
import type { Layout } from './layout.js';
import type { OnSiteModel } from './model.js';

/** An on-site session's kind as people say it. */
export const KIND_WORDS: Record<string, string> = {
  interview: 'interview',
  focusGroup: 'focus group',
  siteVisit: 'site visit',
  teamMeeting: 'team meeting',
  feedback: 'feedback session',
};

/** "Tue 3 Feb", "3 to 6 Feb", "30 Mar to 2 Apr" or "Tue 3 and Thu 5 Feb"-style lists. */
export const describeDays = (dates: string[]): string => {
  const days = [...dates].sort().map((d) => DateTime.fromISO(d));
  if (days.length === 1) return days[0]!.toFormat('ccc d LLL');
  const consecutive = days.every((d, i) => i === 0 || d.diff(days[i - 1]!, 'days').days === 1);
  if (consecutive) {
    const first = days[0]!.toFormat(days[0]!.month === days[days.length - 1]!.month ? 'd' : 'd LLL');
    return `${first} to ${days[days.length - 1]!.toFormat('d LLL')}`;
  }
  return joinAnd(days.map((d) => d.toFormat('ccc d LLL')));
};

const minutesText = (ms: number) => `${Math.round(ms / 60_000)} minutes`;

export const whyNotPlaced = (model: OnSiteModel, layout: Layout, index: number): string => {
  const all = candidates(model, layout, index);
  const reason = mainReason(model, index, all.filter((c) => !c.pinned));
  const date = model.sessions[index]!.session.date;
  const room = daysOf(model, all.filter((c) => c.pinned && c.block.kind === 'open'));
  // A pin is only worth naming when another day would take the session as the week stands.
  return date && room.length > 0 ? `${reason} It is pinned to ${describeDays([date])}; there is room on ${describeDays(room)}.` : reason;
};

const daysOf = (model: OnSiteModel, list: Candidate[]): string[] => [...new Set(list.map((c) => model.days[c.day]!.date))];

const mainReason = (model: OnSiteModel, index: number, allowed: Candidate[]): string => {
  const s = model.sessions[index]!;
  const { session } = s;
  const dayText = describeDays(daysOf(model, allowed));
  const who = (emails: string[]) => joinAnd(emails.map((e) => nameOf(model.review, e)));
  const kind = KIND_WORDS[session.kind] ?? 'session';
  const fitting = allowed.filter((c) => c.block.kind !== 'window' && c.block.kind !== 'closed');
  if (fitting.length === 0) {
    const travel = s.travel > 0 ? ` (${minutesText(s.minutes)} there and ${minutesText(s.travel)}' travel each way)` : '';
    const between = allowed.some((c) => c.block.kind === 'closed') ? 'between the fixed items in the day' : 'in the day';
    return `A ${Math.round(s.block / 60_000)}-minute ${kind}${travel} does not fit ${between} on ${dayText}: shorten it or lengthen the day.`;
  }
  const busy = (c: Candidate) => (c.block.kind === 'busy' ? c.block.people : []);
  for (const attendee of session.attendees) {
    if (!fitting.every((c) => busy(c).includes(attendee))) continue;
    const allDay = [...new Set(allowed.map((c) => c.day))].every((d) => busyThrough(model, attendee, d));
    return allDay ? `${who([attendee])} is busy all of ${dayText}.` : `${who([attendee])} is never free for ${minutesText(s.minutes)} at a time on ${dayText}.`;
  }
  const together = fitting.filter((c) => c.block.kind !== 'busy');
  if (together.length === 0) return `${who(session.attendees)} are never free together on ${dayText}.`;
  const whom = session.attendees.length > 0 ? ` when ${who(session.attendees)} ${session.attendees.length === 1 ? 'is' : 'are'} free` : '';
  const taken = together.filter((c) => c.block.kind !== 'peers');
  if (taken.length === 0) return `Never ${session.peers} peers free at once${whom} on ${dayText} (for ${minutesText(s.block)}): add a peer or free a peer’s calendar.`;
  return takenReason(model, index, taken, whom);
};

interface Cause {
  block: Block;
  count: number;
  /** For an attendee: every placed session they are in at those times. */
  sessions: Set<number>;
}

interface Words {
  model: OnSiteModel;
  index: number;
  /** " when Dana Director is free", or "" for a session without attendees. */
  whom: string;
}

/** Every start left was lost to the sessions already placed: name the cause that took the most of them. */
const takenReason = (model: OnSiteModel, index: number, taken: Candidate[], whom: string): string => {
  const s = model.sessions[index]!;
  const open = taken.find((c) => c.block.kind === 'open');
  if (open) {
    const at = DateTime.fromMillis(open.start + s.travel, { zone: model.review.timeZone });
    return `It fits at ${at.toFormat('HH:mm')} on ${at.toFormat('ccc d LLL')}, but the planner missed that place: raise its priority and plan again.`;
  }
  const causes = new Map<string, Cause>();
  for (const { block } of taken) {
    const key = block.kind === 'attendee' ? `attendee ${block.person}` : block.kind;
    const cause = causes.get(key) ?? { block, count: 0, sessions: new Set<number>() };
    cause.count += 1;
    if (block.kind === 'attendee') block.sessions.forEach((m) => cause.sessions.add(m));
    causes.set(key, cause);
  }
  // Ties go to the first found, the earliest start, so the same input always gives the same words.
  const ranked = [...causes.values()].sort((a, b) => b.count - a.count);
  const top = ranked[0]!;
  const days = describeDays(daysOf(model, taken));
  const words: Words = { model, index, whom };
  if (ranked.length === 1) return `${sentence(words, top, days, taken)}: ${advice(words, top)}.`;
  const others = joinWith(ranked.slice(1).map((c) => clause(words, c)), 'or');
  return `Every time on ${days}${whom} is taken, mostly because ${clause(words, top)}, otherwise because ${others}: ${advice(words, top)}.`;
};

const personName = ({ model }: Words, email: string) => nameOf(model.review, email);
const titles = ({ model }: Words, cause: Cause) => [...cause.sessions].sort((a, b) => a - b).map((m) => model.sessions[m]!.session.title);
const attendeesOf = ({ model, index }: Words) => model.sessions[index]!.session.attendees;

/** The cause as a whole sentence, when it is the only one. */
const sentence = (words: Words, cause: Cause, days: string, taken: Candidate[]): string => {
  const { block } = cause;
  const { model, index, whom } = words;
  const s = model.sessions[index]!;
  if (block.kind === 'attendee') {
    const attendees = attendeesOf(words);
    const subject = attendees.length === 1 ? 'they are' : `${joinAnd(attendees.map((a) => personName(words, a)))} are`;
    return `${personName(words, block.person)} is already in ${joinWith(titles(words, cause), 'or')} at every time ${subject} free on ${days}`;
  }
  if (block.kind === 'full') return `Every band on ${days}${whom.replace(' when', ' where')} ${fullWords(model, taken)}`;
  if (block.kind === 'peersUsed') return `Every band on ${days}${whom.replace(' when', ' where')} has fewer than ${plural(s.session.peers, 'peer')} left over from its other sessions`;
  return `No gap between the bands on ${days}${whom} is long enough for a ${Math.round(s.block / 60_000)}-minute ${KIND_WORDS[s.session.kind] ?? 'session'}`;
};

/** The cause as a clause, when it is one of several. */
const clause = (words: Words, cause: Cause): string => {
  const { block } = cause;
  if (block.kind === 'attendee') return `${personName(words, block.person)} is already in ${joinWith(titles(words, cause), 'or')}`;
  if (block.kind === 'full') return 'the band is full';
  if (block.kind === 'peersUsed') return 'the band has too few peers left';
  return 'no gap is long enough';
};

const advice = (words: Words, cause: Cause): string => {
  const { block } = cause;
  if (block.kind === 'attendee') {
    const names = titles(words, cause);
    const them = attendeesOf(words).length === 1 ? 'them' : personName(words, block.person);
    return `ask ${them} for more time, add a day, or give this session a higher priority than ${names.length === 1 ? names[0] : 'one of those'}`;
  }
  if (block.kind === 'peersUsed') return 'add a peer or free a peer’s calendar';
  if (block.kind === 'gap') return 'shorten it, add a day, or lower another session’s priority';
  return 'add a stream or a day, or lower another session’s priority';
};

/** "already has 2 sessions", "already has 1 session and the Drop-in", or "is full (…)" when the bands differ. */
const fullWords = (model: OnSiteModel, taken: Candidate[]): string => {
  const full = taken.flatMap(({ block }) => (block.kind === 'full' ? [block] : []));
  const first = full[0]!;
  if (new Set(full.map((b) => JSON.stringify([b.sessions, b.fixed]))).size === 1) {
    return `already has ${joinAnd([...(first.sessions > 0 ? [plural(first.sessions, 'session')] : []), ...first.fixed.map((t) => `the ${t}`)])}`;
  }
  // Bands differ only by the shared fixed items they overlap, so there is at least one.
  const fixed = [...new Set(full.flatMap((b) => b.fixed))].map((t) => `the ${t}`);
  const one = fixed.length === 1;
  return `is full (${plural(model.streams, 'stream')}; ${joinAnd(fixed)} ${one ? 'takes' : 'each take'} one while ${one ? 'it runs' : 'they run'})`;
};

/** Busy from the day's start to its end, with no free minute in between. */
const busyThrough = (model: OnSiteModel, email: string, day: number): boolean => {
  const window = model.days[day]!.window;
  let cursor = window.start;
  for (const b of [...(model.busy.get(email) ?? [])].sort((x, y) => x.start - y.start)) {
    if (b.start > cursor) break;
    cursor = Math.max(cursor, b.end);
  }
  return cursor >= window.end;
};
