/**
 * GraphCalendar's updates, cancellations and changes as Graph sees them: the requests it sends, the meeting mail
 * they cause, delta's paging and expiry. What both adapters must do alike is in the contract (calendar-changes-contract.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import type { CalendarChanges, CalendarEvent, NewEvent } from '../../src/services/ports/index.js';
import { cast, newEvent, WINDOW, type Cast } from '../support/calendar-cast.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';


let server: GraphServer;
let calendar: GraphCalendar;
let people: Cast;

beforeEach(async () => {
  server = await startGraphServer();
  calendar = new GraphCalendar(createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential() }), { pageSize: 3 });
  people = cast();
});
afterEach(() => server.close());

/** A session on the contract's day, at `hour` UTC. */
const session = (hour: number, overrides: Partial<NewEvent> = {}): NewEvent =>
  newEvent(people, { subject: `Case review: case ${hour}`, start: `2026-06-15T${hour}:00:00.000Z`, end: `2026-06-15T${hour}:45:00.000Z`, ...overrides });

const logged = (method: string, pattern: RegExp) => server.requests.filter((entry) => entry.method === method && pattern.test(entry.path));
const notices = () => server.mailboxes.notices.map(({ to, kind, comment }) => ({ to, kind, ...(comment ? { comment } : {}) }));
const tokenOf = (changes: CalendarChanges): string => {
  if (changes.kind !== 'changes') throw new Error('expected changes');
  return changes.token;
};

describe('GraphCalendar.updateEvent', () => {
  let event: CalendarEvent;
  beforeEach(async () => {
    event = await calendar.createEvent(people.organiser, session(10));
  });

  it('changes attendees alone: only the added and the removed hear of it', async () => {
    await calendar.updateEvent(people.organiser, event.id, { addAttendees: [people.stranger], removeAttendees: [people.caseWorker] });

    expect(notices()).toEqual([
      { to: people.stranger, kind: 'request' },
      { to: people.caseWorker, kind: 'cancellation' },
    ]);
    const [patch] = logged('PATCH', /\/events\//);
    expect(Object.keys(patch?.body as object)).toEqual(['attendees']);
    expect(server.mailboxes.withICalUId(people.stranger, event.iCalUId)).toHaveLength(1);
    expect(server.mailboxes.withICalUId(people.caseWorker, event.iCalUId)[0]?.isCancelled).toBe(true);
  });

  it('moves the event (sent as UTC): everyone is sent the update, asked again', async () => {
    await calendar.respond(people.peer, event.iCalUId, 'accepted');
    await calendar.updateEvent(people.organiser, event.id, {
      time: { start: '2026-06-15T13:00:00.000Z', end: '2026-06-15T14:00:00.000Z' },
      addAttendees: [people.stranger],
    });

    expect(notices()).toEqual([
      { to: people.peer, kind: 'update' },
      { to: people.caseWorker, kind: 'update' },
      { to: people.stranger, kind: 'request' },
    ]);
    // 13:00 UTC is 14:00 in London in BST: Outlook shows the review's local time.
    expect(logged('PATCH', /\/events\//)[0]?.body).toMatchObject({ start: { dateTime: '2026-06-15T13:00:00', timeZone: 'UTC' } });
    const [peerCopy] = server.mailboxes.withICalUId(people.peer, event.iCalUId);
    expect(peerCopy?.responseStatus?.response).toBe('notResponded');
    expect(peerCopy?.start).toMatchObject({ dateTime: '2026-06-15T13:00:00.0000000', timeZone: 'UTC' });
  });

  it('sends nothing when the event already is as asked: no PATCH, no mail', async () => {
    const update = { subject: 'Case review: case 10 (moved)', time: { start: '2026-06-15T13:00:00.000Z', end: '2026-06-15T14:00:00.000Z' } };
    await calendar.updateEvent(people.organiser, event.id, update);
    const mail = server.mailboxes.notices.length;
    await calendar.updateEvent(people.organiser, event.id, { ...update, addAttendees: [people.peer], removeAttendees: [people.stranger] });

    expect(logged('PATCH', /\/events\//)).toHaveLength(1);
    expect(server.mailboxes.notices).toHaveLength(mail);
  });

  it('reads the event in UTC with only what it compares, and answers undefined for an event no longer there', async () => {
    await calendar.updateEvent(people.organiser, event.id, { subject: 'Renamed' });
    const [read] = logged('GET', /\/events\//);
    expect(read?.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(new URLSearchParams(read?.search).get('$select')).toContain('attendees');

    server.outlook.delete(people.organiser, event.id);
    expect(await calendar.updateEvent(people.organiser, event.id, { subject: 'Gone' })).toBeUndefined();
    expect(await calendar.updateEvent(people.organiser, 'AAMkADunknown', { subject: 'Never there' })).toBeUndefined();
  });
});

describe('GraphCalendar.cancelEvent', () => {
  it("posts the organiser's cancel with the comment; the second finds it gone (404) and is done", async () => {
    const event = await calendar.createEvent(people.organiser, session(11));
    await calendar.cancelEvent(people.organiser, event.id, 'The visit is called off.');
    await calendar.cancelEvent(people.organiser, event.id, 'The visit is called off.');

    const cancels = logged('POST', /\/cancel$/);
    expect(cancels.map((entry) => entry.status)).toEqual([202, 404]);
    expect(cancels[0]?.body).toEqual({ comment: 'The visit is called off.' });
    expect(notices()).toEqual([
      { to: people.peer, kind: 'cancellation', comment: 'The visit is called off.' },
      { to: people.caseWorker, kind: 'cancellation', comment: 'The visit is called off.' },
    ]);
    expect(server.mailboxes.withICalUId(people.peer, event.iCalUId)[0]).toMatchObject({ isCancelled: true, subject: 'Canceled: Case review: case 11' });
  });

  it('fails on what is not a cancellation done already: an attendee cannot cancel', async () => {
    const event = await calendar.createEvent(people.organiser, session(12));
    const [copy] = server.mailboxes.withICalUId(people.peer, event.iCalUId);
    await expect(calendar.cancelEvent(people.peer, copy?.id as string)).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('GraphCalendar.changesSince', () => {
  it('pages a round by Prefer: odata.maxpagesize, without $select, and follows the deltaLink next time', async () => {
    const events = await calendar.createEvents(people.organiser, [10, 11, 12, 13, 14, 15, 16].map((hour) => session(hour)));
    const first = await calendar.changesSince(people.organiser, WINDOW);
    expect(first.kind === 'changes' && first.changes).toHaveLength(7);
    const rounds = logged('GET', /\/calendarView\/delta$/);
    expect(rounds).toHaveLength(3);
    expect(rounds.every((entry) => /odata\.maxpagesize=3/.test(entry.headers.prefer ?? ''))).toBe(true);
    expect(rounds.every((entry) => !/\$select|\$filter/.test(entry.search))).toBe(true);
    expect(rounds.slice(1).every((entry) => new URLSearchParams(entry.search).has('$skiptoken'))).toBe(true);

    server.outlook.answer(people.peer, (events[0] as CalendarEvent).iCalUId, 'tentativelyAccepted');
    const next = await calendar.changesSince(people.organiser, WINDOW, tokenOf(first));
    expect(next.kind === 'changes' && next.changes).toEqual([
      expect.objectContaining({ kind: 'changed', id: (events[0] as CalendarEvent).id, responses: expect.arrayContaining([{ email: people.peer, rsvp: 'tentative' }]) }),
    ]);
    expect(new URLSearchParams(logged('GET', /\/calendarView\/delta$/).at(-1)?.search).has('$deltatoken')).toBe(true);
  });

  it("leaves out invitations from others in the organiser's calendar", async () => {
    const own = await calendar.createEvent(people.organiser, session(10));
    await calendar.createEvent('someone@elsewhere.example', session(11, { attendees: [people.organiser] }));
    const first = await calendar.changesSince(people.organiser, WINDOW);
    expect(first.kind === 'changes' && first.changes.map((change) => change.id)).toEqual([own.id]);
  });

  it('reports a deletion in Outlook as removed, like a cancellation', async () => {
    const event = await calendar.createEvent(people.organiser, session(10));
    const first = await calendar.changesSince(people.organiser, WINDOW);
    server.outlook.delete(people.organiser, event.id);
    expect(await calendar.changesSince(people.organiser, WINDOW, tokenOf(first))).toMatchObject({ changes: [{ kind: 'removed', id: event.id }] });
  });

  it.each([
    { status: 410, code: 'syncStateNotFound' },
    { status: 410, code: 'resyncRequired' },
    { status: 400, code: 'syncStateNotFound' },
    { status: 400, code: 'resyncRequired' },
  ])('reports an expired token ($status $code) as a resync', async (answer) => {
    await calendar.createEvent(people.organiser, session(10));
    const first = await calendar.changesSince(people.organiser, WINDOW);
    server.expireDeltaTokens(answer);
    expect(await calendar.changesSince(people.organiser, WINDOW, tokenOf(first))).toEqual({ kind: 'resync' });
    expect(await calendar.changesSince(people.organiser, WINDOW)).toMatchObject({ kind: 'changes', changes: [expect.objectContaining({ kind: 'changed' })] });
  });

  it('fails on any other error, rather than start a resync', async () => {
    const first = await calendar.changesSince(people.organiser, WINDOW);
    server.expireDeltaTokens({ status: 400, code: 'ErrorInvalidUrl' });
    await expect(calendar.changesSince(people.organiser, WINDOW, tokenOf(first))).rejects.toMatchObject({ statusCode: 400 });
  });

  it('refuses $select on calendarView/delta, as Graph does', async () => {
    const answer = await fetch(`${server.url}/v1.0/users/${people.organiser}/calendarView/delta?startDateTime=${WINDOW.start}&endDateTime=${WINDOW.end}&$select=subject`, {
      headers: { authorization: 'Bearer test-token' },
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: 'ErrorInvalidUrl' } });
  });
});

describe('GraphCalendar.eventState', () => {
  it('reads start, end and isCancelled in UTC; an event deleted is gone, one marked cancelled is cancelled', async () => {
    const [moved, marked, deleted] = (await calendar.createEvents(people.organiser, [10, 11, 12].map((hour) => session(hour)))) as CalendarEvent[];
    server.outlook.move(people.organiser, moved!.id, { start: '2026-06-15T16:00:00.000Z', end: '2026-06-15T17:30:00.000Z' });
    expect(await calendar.eventState(people.organiser, moved!.id)).toEqual({ kind: 'scheduled', start: '2026-06-15T16:00:00.000Z', end: '2026-06-15T17:30:00.000Z' });
    const [read] = logged('GET', /\/events\/[^/]+$/);
    expect(read?.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(new URLSearchParams(read?.search).get('$select')).toBe('start,end,isCancelled');

    server.mailboxes.get(people.organiser, marked!.id)!.isCancelled = true;
    expect(await calendar.eventState(people.organiser, marked!.id)).toEqual({ kind: 'cancelled' });
    server.outlook.delete(people.organiser, deleted!.id);
    expect(await calendar.eventState(people.organiser, deleted!.id)).toEqual({ kind: 'gone' });
  });
});
