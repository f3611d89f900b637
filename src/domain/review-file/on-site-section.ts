/**
 * Checks of the on-site part of a review file. The on-site scheduler reads it as given, except that attendee
 * emails are lower-cased like every other email in the file.
 */
import { SETTINGS } from '../on-site/index.js';
import { readDay, type Checker, type Node } from './checker.js';

export const SESSION_KINDS = ['interview', 'focusGroup', 'siteVisit', 'teamMeeting', 'feedback'] as const;
export const FIXED_KINDS = ['presentation', 'break', 'teamMeeting', 'feedback', 'interview', 'focusGroup', 'siteVisit'] as const;

/** caseIds: on-site session ids must differ from them, as both name a booking of the review. */
export const checkOnSite = (value: unknown, themeIds: Set<string>, caseIds: Set<string>, check: Checker): Node | undefined => {
  const onSite = check.object(value, 'onSite');
  if (!onSite) return undefined;
  const days = check.list(onSite.days, 'onSite.days', true).flatMap((d, i) => readDay(d, `onSite.days[${i}]`, check) ?? []);
  const dates = new Set(days.map((d) => d.date));
  if (onSite.streams !== undefined) check.wholeNumber(onSite.streams, 'onSite.streams', 1, 6);
  check.list(onSite.fixed, 'onSite.fixed').forEach((item, i) => {
    const path = `onSite.fixed[${i}]`;
    const fixed = check.object(item, path);
    if (!fixed) return;
    check.text(fixed.title, `${path}.title`);
    check.oneOf(fixed.kind, `${path}.kind`, FIXED_KINDS);
    const start = check.time(fixed.start, `${path}.start`);
    const end = check.time(fixed.end, `${path}.end`);
    if (start && end && start >= end) check.problem(path, 'the end must be after the start');
    if (fixed.daily !== true) pinnedDate(fixed.date, `${path}.date`, dates, check, true);
    emails(fixed.attendees, `${path}.attendees`, check);
    check.boolean(fixed.allPeers, `${path}.allPeers`);
    check.text(fixed.location, `${path}.location`, false);
  });
  const ids = new Set<string>();
  check.list(onSite.sessions, 'onSite.sessions').forEach((item, i) => {
    const path = `onSite.sessions[${i}]`;
    const session = check.object(item, path);
    if (!session) return;
    const id = check.text(session.id, `${path}.id`);
    if (id && ids.has(id)) check.problem(`${path}.id`, `"${id}" is used by another session: session ids must be unique`);
    if (id && caseIds.has(id)) check.problem(`${path}.id`, `"${id}" is also a case id: give the session an id of its own`);
    if (id) ids.add(id);
    check.text(session.title, `${path}.title`);
    const kind = check.oneOf(session.kind, `${path}.kind`, SESSION_KINDS);
    emails(session.attendees, `${path}.attendees`, check);
    check.list(session.themes, `${path}.themes`).forEach((t, j) => {
      const theme = check.text(t, `${path}.themes[${j}]`);
      if (theme && !themeIds.has(theme)) check.problem(`${path}.themes[${j}]`, `"${theme}" is not a theme id`);
    });
    const minutes = check.wholeNumber(session.minutes, `${path}.minutes`, 5, 600);
    if (kind === 'siteVisit' && minutes === undefined && session.minutes === undefined) check.problem(`${path}.minutes`, 'is needed for a site visit: how long is it on site?');
    check.wholeNumber(session.travelMinutes, `${path}.travelMinutes`, 0, 240);
    check.wholeNumber(session.peers, `${path}.peers`, 0, 10);
    check.wholeNumber(session.priority, `${path}.priority`, 0, 100);
    check.boolean(session.online, `${path}.online`);
    check.text(session.location, `${path}.location`, false);
    check.oneOf(session.setting, `${path}.setting`, SETTINGS, false);
    if (session.setting !== undefined && kind !== undefined && kind !== 'siteVisit') check.problem(`${path}.setting`, 'is for site visits only: the kind of place visited');
    pinnedDate(session.date, `${path}.date`, dates, check, false);
  });
  const copy: Node = { ...onSite };
  for (const key of ['fixed', 'sessions']) {
    if (Array.isArray(onSite[key])) copy[key] = onSite[key].map(withLowerCaseAttendees);
  }
  return copy;
};

const withLowerCaseAttendees = (item: unknown): unknown => {
  const attendees = (item as Node | null)?.attendees;
  if (!Array.isArray(attendees)) return item;
  return { ...(item as Node), attendees: attendees.map((e) => (typeof e === 'string' ? e.toLowerCase() : e)) };
};

const emails = (value: unknown, path: string, check: Checker) =>
  check.list(value, path).forEach((e, i) => check.email(e, `${path}[${i}]`));

const pinnedDate = (value: unknown, path: string, dates: Set<string>, check: Checker, required: boolean) => {
  const date = check.date(value, path, required);
  if (date && !dates.has(date)) check.problem(path, `${date} is not one of the on-site days (${[...dates].join(', ')})`);
};
