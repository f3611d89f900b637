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

/** Routes one call (not `$batch`) to its handler; unknown routes answer like Graph. */
export const routeCall = (call: GraphCall, sources: ScheduleSources): GraphReply => {
  const [root, mailbox, ...rest] = call.path.split('/').filter(Boolean);
  const route = `${call.method} ${rest.join('/')}`;
  if (root === 'users' && mailbox) {
    const { mailboxes } = sources;
    if (route === 'POST events') return createEvent(mailboxes, mailbox, (call.body ?? {}) as Event);
    if (route === 'GET events') return listEvents(mailboxes, mailbox, call);
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
