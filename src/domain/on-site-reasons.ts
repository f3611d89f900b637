/** Why an on-site session found no place, in words a project team member can act on, checked in the order a person would. */
import { DateTime } from 'luxon';
import { clash, type Span } from './case-review-reasons.js';
import { describePerson } from './describe-person.js';
import type { Layout } from './on-site-layout.js';
import { meetingSpan, type ModelDay, type ModelSession, type OnSiteModel } from './on-site-model.js';

const KIND_WORDS: Record<string, string> = {
  interview: 'interview',
  focusGroup: 'focus group',
  siteVisit: 'site visit',
  teamMeeting: 'team meeting',
  feedback: 'feedback session',
};

export const joinAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

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
  const s = model.sessions[index]!;
  const { session } = s;
  const days = model.days.map((day, d) => ({ day, d })).filter(({ day }) => !session.date || session.date === day.date);
  const dayText = describeDays(days.map(({ day }) => day.date));
  const who = (emails: string[]) => joinAnd(emails.map((e) => describePerson(model.review, e)));
  const kind = KIND_WORDS[session.kind] ?? 'session';
  const fitting = days.flatMap(({ day, d }) => day.starts.filter((t) => fitsDay(day, t, s)).map((t) => ({ d, t })));
  if (fitting.length === 0) {
    const travel = s.travel > 0 ? ` (${minutesText(s.minutes)} there and ${minutesText(s.travel)}' travel each way)` : '';
    return `A ${Math.round(s.block / 60_000)}-minute ${kind}${travel} does not fit between the fixed items in the day on ${dayText}: shorten it or lengthen the day.`;
  }
  const freeAt = (emails: string[]) => fitting.filter(({ t }) => emails.every((a) => model.free(a, meetingSpan(s, t))));
  for (const attendee of session.attendees) {
    if (freeAt([attendee]).length > 0) continue;
    const allDay = days.every(({ day }) => busyThrough(model, attendee, day.window));
    return allDay ? `${who([attendee])} is busy all of ${dayText}.` : `${who([attendee])} is never free for ${minutesText(s.minutes)} at a time on ${dayText}.`;
  }
  const together = freeAt(session.attendees);
  if (together.length === 0) return `${who(session.attendees)} are never free together on ${dayText}.`;
  const withPeers = together.filter(({ d, t }) => model.freePeers(d, { start: t, end: t + s.block }).filter((p) => !session.attendees.includes(p)).length >= session.peers);
  const whom = session.attendees.length > 0 ? ` when ${who(session.attendees)} ${session.attendees.length === 1 ? 'is' : 'are'} free` : '';
  if (withPeers.length === 0) return `Never ${session.peers} peers free at once${whom} on ${dayText} (for ${minutesText(s.block)}): add a peer or free a peer’s calendar.`;
  const openDays = describeDays([...new Set(withPeers.map(({ d }) => model.days[d]!.date))]);
  const bands = withPeers.flatMap(({ d, t }) => layout[d]!.filter((b) => b.start === t).map((b) => ({ d, b })));
  if (bands.length > 0 && bands.every(({ d, b }) => b.members.length >= model.capacity(d, b))) {
    const n = model.streams;
    return `Every band on ${openDays}${whom.replace(' when', ' where')} already has ${n} session${n === 1 ? '' : 's'}: add a stream or a day, or lower another session’s priority.`;
  }
  return `Every time on ${openDays}${whom} is taken: the bands then are full or have no peers left, and no gap is long enough for a ${Math.round(s.block / 60_000)}-minute ${kind}. Add a stream or a day, or lower another session’s priority.`;
};

const fitsDay = (day: ModelDay, t: number, s: ModelSession): boolean => {
  const band: Span = { start: t, end: t + s.block };
  return band.end <= day.window.end && !day.closed.some((c) => clash(c, band));
};

/** Busy from the day's start to its end, with no free minute in between. */
const busyThrough = (model: OnSiteModel, email: string, window: Span): boolean => {
  let cursor = window.start;
  for (const b of [...(model.busy.get(email) ?? [])].sort((x, y) => x.start - y.start)) {
    if (b.start > cursor) break;
    cursor = Math.max(cursor, b.end);
  }
  return cursor >= window.end;
};
