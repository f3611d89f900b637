import type { Event, Message, ResponseType } from '@microsoft/microsoft-graph-types';
import type { GraphMailboxes } from './graph-server-mailboxes.js';
import {
  graphError,
  graphTime,
  instantOf,
  json,
  preferredZone,
  project,
  type GraphCall,
  type GraphReply,
} from './graph-server-reply.js';
import { routeEventChanges } from './graph-server-event-changes.js';
import { unknownEventProperty } from './graph-server-event-properties.js';
import { getSchedule, type ScheduleSources } from './graph-server-schedule.js';
import { routeTeamwork } from './graph-server-teamwork.js';
import { unsupportedZone } from './graph-server-zones.js';

const RESPONSES: Record<string, ResponseType> = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
};
const DEFAULT_PAGE_SIZE = 10;
/** calendarView takes a window of at most five years of 365 days. */
const MAX_VIEW_DAYS = 1825;

/** Routes one call (not `$batch`) to its handler; unknown routes answer like Graph. */
export const routeCall = (call: GraphCall, sources: ScheduleSources): GraphReply => {
  const [root, mailbox, ...rest] = call.path.split('/').filter(Boolean);
  const route = `${call.method} ${rest.join('/')}`;
  if (root === 'users' && mailbox) {
    const { mailboxes } = sources;
    if (route === 'POST events') return createEvent(mailboxes, mailbox, (call.body ?? {}) as Event);
    if (route === 'GET events') return listEvents(mailboxes, mailbox, call);
    if (route === 'GET calendarView' || route === 'GET calendar/calendarView') {
      return calendarView(mailboxes, mailbox, call);
    }
    if (route === 'POST calendar/getSchedule') return getSchedule(call, sources);
    if (route === 'POST sendMail') return sendMail(mailboxes, mailbox, call);
    const changes = routeEventChanges(call, mailboxes);
    if (changes) return changes;
    const teamwork = routeTeamwork(call, sources);
    if (teamwork) return teamwork;
    if (call.method === 'GET' && rest[0] === 'events' && rest.length === 2) {
      const event = mailboxes.get(mailbox, rest[1]!);
      return event ? json(present(event, call)) : notFound();
    }
    const response = RESPONSES[rest[2] ?? ''];
    if (call.method === 'POST' && rest[0] === 'events' && rest.length === 3 && response) {
      return mailboxes.respond(mailbox, rest[1]!, response);
    }
  }
  return graphError(404, 'UnknownError', `No route for ${call.method} ${call.path}`);
};

/** The body is read whole before the times are: an unknown property fails first, then an unsupported zone. */
const createEvent = (mailboxes: GraphMailboxes, mailbox: string, body: Event): GraphReply =>
  unknownEventProperty(body) ?? unsupportedZone(body.start, body.end) ?? mailboxes.create(mailbox, body);

/** As Graph: 202 with no body; a message without a subject or a recipient is refused with 400. */
const sendMail = (mailboxes: GraphMailboxes, mailbox: string, call: GraphCall): GraphReply => {
  const body = (call.body ?? {}) as { message?: Message; saveToSentItems?: boolean };
  const to = body.message?.toRecipients?.map((r) => r.emailAddress?.address).filter(Boolean) ?? [];
  if (!body.message || to.length === 0) return graphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  mailboxes.sent.push({ from: decodeURIComponent(mailbox).toLowerCase(), message: body.message, saveToSentItems: body.saveToSentItems !== false });
  return { status: 202 };
};

const notFound = (): GraphReply =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/** Only the filter the adapter uses: `iCalUId eq '...'`. */
const listEvents = (mailboxes: GraphMailboxes, mailbox: string, call: GraphCall): GraphReply => {
  const filter = call.query.get('$filter');
  if (!filter) return json({ value: mailboxes.events(mailbox).map((event) => present(event, call)) });
  const match = /^iCalUId eq '((?:[^']|'')*)'$/.exec(filter.trim());
  if (!match) return graphError(400, 'ErrorInvalidUrlQueryFilter', `Unsupported filter: ${filter}`);
  const events = mailboxes.withICalUId(mailbox, match[1]!.replace(/''/g, "'"));
  return json({ value: events.map((event) => present(event, call)) });
};

/** Events overlapping the window, by start, `$top` a page, with an absolute `@odata.nextLink`. */
const calendarView = (mailboxes: GraphMailboxes, mailbox: string, call: GraphCall): GraphReply => {
  const start = instantOf({ dateTime: call.query.get('startDateTime') ?? '', timeZone: 'UTC' });
  const end = instantOf({ dateTime: call.query.get('endDateTime') ?? '', timeZone: 'UTC' });
  if (!start || !end) {
    const message = 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';
    return graphError(400, 'ErrorInvalidParameter', message);
  }
  if (end.diff(start, 'days').days > MAX_VIEW_DAYS) {
    // Graph's answer to a longer window (microsoftgraph/microsoft-graph-docs#6284).
    const message = `Your request can't be completed. The range between the start and end dates is greater than the allowed range. Maximum number of days: ${MAX_VIEW_DAYS}`;
    return graphError(400, 'ErrorInvalidRequest', message);
  }
  const inWindow = mailboxes
    .events(mailbox)
    .filter((event) => (instantOf(event.start) ?? end) < end && (instantOf(event.end) ?? start) > start)
    .sort((a, b) => (instantOf(a.start)?.toMillis() ?? 0) - (instantOf(b.start)?.toMillis() ?? 0));
  const top = Number(call.query.get('$top') ?? DEFAULT_PAGE_SIZE);
  const skip = Number(call.query.get('$skiptoken') ?? 0);
  const page = inWindow.slice(skip, skip + top).map((event) => present(event, call));
  if (skip + top >= inWindow.length) return json({ value: page });
  const next = new URLSearchParams(call.query);
  next.set('$skiptoken', String(skip + top));
  const path = call.path.split('/').map(encodeURIComponent).join('/');
  return json({ value: page, '@odata.nextLink': `${call.origin}/v1.0${path}?${next.toString()}` });
};

/** Start and end in the zone the caller prefers, properties cut to `$select`. */
const present = (event: Event, call: GraphCall): Partial<Event> => {
  const zone = preferredZone(call.headers);
  const start = instantOf(event.start);
  const end = instantOf(event.end);
  return project(
    { ...event, ...(start && end ? { start: graphTime(start, zone), end: graphTime(end, zone) } : {}) },
    call.query,
  );
};
