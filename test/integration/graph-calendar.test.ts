import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UtcInterval } from '../../src/domain/shared/review.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import type { NewEvent } from '../../src/services/ports/index.js';
import { responsesIn } from '../support/calendar-cast.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';

const ORGANISER = 'peerreview@shropshire.example';
const DAY: UtcInterval = { start: '2026-03-30T00:00:00.000Z', end: '2026-03-31T00:00:00.000Z' };

let server: GraphServer;
let client: Client;
let calendar: GraphCalendar;

beforeEach(async () => {
  server = await startGraphServer({ token: 'test-token' });
  client = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential('test-token') });
  calendar = new GraphCalendar(client, { pageSize: 10 });
});
afterEach(async () => {
  await server.close();
});

const caseReview = (n: number, overrides: Partial<NewEvent> = {}): NewEvent => ({
  transactionId: `booking-${n}`,
  subject: `Case review: case ${n}`,
  body: `<p>Case ${n}</p>`,
  // 09:00 London time (BST from 29 March 2026) is 08:00 UTC.
  start: `2026-03-30T${String(8 + (n % 8)).padStart(2, '0')}:00:00.000Z`,
  end: `2026-03-30T${String(8 + (n % 8)).padStart(2, '0')}:45:00.000Z`,
  attendees: [`peer${n}@telford.example`, `caseworker${n}@shropshire.example`],
  online: true,
  ...overrides,
});

const logged = (method: string, pattern: RegExp) =>
  server.requests.filter((entry) => entry.method === method && pattern.test(entry.path) && !entry.inBatch);

describe('GraphCalendar.getBusy', () => {
  it('asks getSchedule for at most 20 people a request', async () => {
    const people = Array.from({ length: 45 }, (_, i) => `person${i}@shropshire.example`);
    const busy = await calendar.getBusy(ORGANISER, people, DAY);

    expect(logged('POST', /\/calendar\/getSchedule$/)).toHaveLength(3);
    expect([...busy.keys()]).toEqual(people);
  });

  it('splits a window of 62 days or more into windows Graph takes, and merges the answers', async () => {
    const window: UtcInterval = { start: '2026-01-05T00:00:00.000Z', end: '2026-04-15T00:00:00.000Z' };
    const people = Array.from({ length: 25 }, (_, i) => `person${i}@shropshire.example`);
    server.setBusy('person3@shropshire.example', [
      { start: '2026-01-05T09:00:00Z', end: '2026-01-05T10:00:00Z' },
      // Across the first window's end (5 January + 61 days = 7 March): Graph answers it in both windows.
      { start: '2026-03-06T22:00:00Z', end: '2026-03-07T02:00:00Z' },
      { start: '2026-04-14T09:00:00Z', end: '2026-04-14T10:00:00Z' },
    ]);
    const busy = await calendar.getBusy(ORGANISER, people, window);

    const asked = logged('POST', /getSchedule$/).map(({ status, body }) => {
      const { schedules, startTime, endTime } = body as { schedules: string[]; startTime: { dateTime: string }; endTime: { dateTime: string } };
      return `${status} ${startTime.dateTime}/${endTime.dateTime} ${schedules.length}`;
    });
    const [first, second] = ['2026-01-05T00:00:00/2026-03-07T00:00:00', '2026-03-07T00:00:00/2026-04-15T00:00:00'];
    expect(asked).toEqual([`200 ${first} 20`, `200 ${first} 5`, `200 ${second} 20`, `200 ${second} 5`]);
    expect(busy.get('person3@shropshire.example')).toEqual([
      { start: '2026-01-05T09:00:00.000Z', end: '2026-01-05T10:00:00.000Z' },
      { start: '2026-03-06T22:00:00.000Z', end: '2026-03-07T02:00:00.000Z' },
      { start: '2026-04-14T09:00:00.000Z', end: '2026-04-14T10:00:00.000Z' },
    ]);
    expect([...busy.keys()]).toEqual(people);
  });

  it('counts busy, oof, tentative and working elsewhere as busy, and free as free', async () => {
    server.setBusy('ana@shropshire.example', [
      { start: '2026-03-30T08:00:00Z', end: '2026-03-30T09:00:00Z', status: 'busy' },
      { start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z', status: 'oof' },
      { start: '2026-03-30T10:00:00Z', end: '2026-03-30T11:00:00Z', status: 'tentative' },
      { start: '2026-03-30T11:00:00Z', end: '2026-03-30T12:00:00Z', status: 'workingElsewhere' },
      { start: '2026-03-30T12:00:00Z', end: '2026-03-30T13:00:00Z', status: 'free' },
      { start: '2026-03-31T08:00:00Z', end: '2026-03-31T09:00:00Z', status: 'busy' },
    ]);
    const busy = await calendar.getBusy(ORGANISER, ['Ana@Shropshire.example', 'bo@shropshire.example'], DAY);

    expect(busy.get('ana@shropshire.example')).toEqual([
      { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' },
      { start: '2026-03-30T09:00:00.000Z', end: '2026-03-30T10:00:00.000Z' },
      { start: '2026-03-30T10:00:00.000Z', end: '2026-03-30T11:00:00.000Z' },
      { start: '2026-03-30T11:00:00.000Z', end: '2026-03-30T12:00:00.000Z' },
    ]);
    expect(busy.get('bo@shropshire.example')).toEqual([]);
  });

  it('sends the window in UTC with a 15-minute view and asks for UTC times', async () => {
    await calendar.getBusy(ORGANISER, ['ana@shropshire.example'], {
      start: '2026-03-30T08:00:00.000Z',
      end: '2026-03-30T09:00:00.000Z',
    });
    const [request] = logged('POST', /getSchedule$/);
    expect(request.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(request.body).toEqual({
      schedules: ['ana@shropshire.example'],
      startTime: { dateTime: '2026-03-30T08:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-03-30T09:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 15,
    });
  });

  it('leaves people Graph cannot find free', async () => {
    await server.close();
    server = await startGraphServer({ unknownPeople: ['gone@shropshire.example'] });
    calendar = new GraphCalendar(createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential() }));
    server.setBusy('gone@shropshire.example', [{ start: '2026-03-30T08:00:00Z', end: '2026-03-30T09:00:00Z' }]);

    const busy = await calendar.getBusy(ORGANISER, ['gone@shropshire.example'], DAY);
    expect(busy.get('gone@shropshire.example')).toEqual([]);
  });

  it('retries a 503 after its Retry-After', async () => {
    server.failNext(`POST /users/${ORGANISER}/calendar/getSchedule`, { status: 503, retryAfterSeconds: 0.2, times: 2 });
    const busy = await calendar.getBusy(ORGANISER, ['ana@shropshire.example'], DAY);

    expect(busy.get('ana@shropshire.example')).toEqual([]);
    expect(logged('POST', /getSchedule$/).map((entry) => entry.status)).toEqual([503, 503, 200]);
  });

  it('reports a request without a valid token as an error', async () => {
    const forged = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential('forged') });
    const stranger = new GraphCalendar(forged);
    await expect(stranger.getBusy(ORGANISER, ['ana@shropshire.example'], DAY)).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationToken',
    });

    const bare = await fetch(`${server.url}/v1.0/users/${ORGANISER}/events`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toEqual({
      error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
    });
  });
});

describe('GraphCalendar.createEvent', () => {
  it('creates an online event in UTC with a join link and attendee copies', async () => {
    const created = await calendar.createEvent(ORGANISER, caseReview(1));
    const [event] = server.mailboxes.events(ORGANISER);

    expect(created).toEqual({ id: event.id, iCalUId: event.iCalUId, joinUrl: event.onlineMeeting?.joinUrl });
    expect(created.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    // UTC, whatever the review's zone: Graph refuses most IANA names (graph-server-zones).
    expect(logged('POST', /\/events$/)[0].body).toMatchObject({
      start: { dateTime: '2026-03-30T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-30T09:45:00', timeZone: 'UTC' },
    });
    expect(event).toMatchObject<Event>({
      transactionId: 'booking-1',
      subject: 'Case review: case 1',
      body: { contentType: 'html', content: '<p>Case 1</p>' },
      start: { dateTime: '2026-03-30T09:00:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'UTC',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: false,
    });
    expect(event.attendees?.map((attendee) => [attendee.emailAddress?.address, attendee.type])).toEqual([
      ['peer1@telford.example', 'required'],
      ['caseworker1@shropshire.example', 'required'],
    ]);
    const copy = server.mailboxes.events('peer1@telford.example')[0];
    expect(copy.iCalUId).toBe(created.iCalUId);
    expect(copy.id).not.toBe(created.id);
  });

  it('puts an in-person event at its location with a text body', async () => {
    const created = await calendar.createEvent(
      ORGANISER,
      caseReview(2, { online: false, location: 'Shirehall, Room 2', body: 'Bring the file.' }),
    );
    const [event] = server.mailboxes.events(ORGANISER);

    expect(created.joinUrl).toBeUndefined();
    expect(event.location?.displayName).toBe('Shirehall, Room 2');
    expect(event.body).toEqual({ contentType: 'text', content: 'Bring the file.' });
    expect(event.isOnlineMeeting).toBe(false);
  });

  it('books 16 events through a 429, waiting its Retry-After, and a repeat makes no duplicates', async () => {
    const events = Array.from({ length: 16 }, (_, n) => caseReview(n));
    const first = [];
    let retriedMs = 0;
    for (const [n, event] of events.entries()) {
      if (n === 8) server.failNext(`POST /users/${ORGANISER}/events`, { status: 429, retryAfterSeconds: 1 });
      const started = Date.now();
      first.push(await calendar.createEvent(ORGANISER, event));
      if (n === 8) retriedMs = Date.now() - started;
    }
    const statuses = logged('POST', /\/events$/).map((entry) => entry.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
    expect(statuses.indexOf(429)).toBe(8);
    expect(retriedMs).toBeGreaterThanOrEqual(950);

    const again = [];
    for (const event of events) again.push(await calendar.createEvent(ORGANISER, event));
    expect(again).toEqual(first);
    expect(new Set(first.map((event) => event.id)).size).toBe(16);
    expect(server.mailboxes.events(ORGANISER)).toHaveLength(16);
    expect(server.mailboxes.events('peer3@telford.example')).toHaveLength(1);
  });

  it("keeps the organiser's mailbox to 4 in flight while bookings and a free/busy look-up run at once", async () => {
    await server.close();
    server = await startGraphServer({ token: 'test-token', latencyMs: 20 });
    calendar = new GraphCalendar(createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential('test-token') }));
    const people = Array.from({ length: 45 }, (_, i) => `person${i}@shropshire.example`);
    const [first, second] = await Promise.all([
      calendar.createEvents(ORGANISER, Array.from({ length: 10 }, (_, n) => caseReview(n))),
      calendar.createEvents(ORGANISER, Array.from({ length: 10 }, (_, n) => caseReview(n + 10))),
      calendar.getBusy(ORGANISER, people, DAY),
      calendar.createEvent(ORGANISER, caseReview(20)),
    ]);

    expect([...first, ...second].filter((event) => event instanceof Error)).toEqual([]);
    expect(server.mailboxes.events(ORGANISER)).toHaveLength(21);
    expect(server.peakInFlight(ORGANISER)).toBe(4);
  });
});

describe('GraphCalendar.respond, and the answers a full read of changes gives', () => {
  it("writes the attendee's answer on the organiser's event", async () => {
    const created = await calendar.createEvent(ORGANISER, caseReview(3));
    await calendar.respond('peer3@telford.example', created.iCalUId, 'accepted', 'Looking forward to it');
    await calendar.respond('caseworker3@shropshire.example', created.iCalUId, 'declined');

    const [event] = server.mailboxes.events(ORGANISER);
    expect(event.attendees?.map((attendee) => attendee.status?.response)).toEqual(['accepted', 'declined']);
    expect(server.mailboxes.events('peer3@telford.example')[0].responseStatus?.response).toBe('accepted');
    expect(logged('GET', /^\/users\/peer3@telford\.example\/events$/)[0].search).toContain('%24filter=iCalUId+eq');
    expect(logged('POST', /\/accept$/)[0].status).toBe(202);
  });

  it('takes the 202 with a JSON content type and an empty body that Graph answers as success, and reports a refusal', async () => {
    const created = await calendar.createEvent(ORGANISER, caseReview(7));
    for (const answer of ['accepted', 'tentative', 'declined'] as const) {
      await expect(calendar.respond('caseworker7@shropshire.example', created.iCalUId, answer)).resolves.toBeUndefined();
    }
    const [event] = server.mailboxes.events(ORGANISER);
    expect(event.attendees?.map((attendee) => attendee.status?.response)).toEqual(['none', 'declined']);
    // The organiser's own copy: Graph answers 400, "You can't respond to your own meeting."
    await expect(calendar.respond(ORGANISER, created.iCalUId, 'accepted')).rejects.toMatchObject({ statusCode: 400, code: 'ErrorInvalidRequest' });
  });

  it('maps tentative answers and reports an event the attendee has no copy of', async () => {
    const created = await calendar.createEvent(ORGANISER, caseReview(4));
    await calendar.respond('caseworker4@shropshire.example', created.iCalUId, 'tentative');
    await expect(calendar.respond('nobody@shropshire.example', created.iCalUId, 'accepted')).rejects.toThrow(
      /No copy of event/,
    );

    const [entry] = await responsesIn(calendar, ORGANISER, DAY);
    expect(entry).toEqual({
      iCalUId: created.iCalUId,
      responses: [
        { email: 'peer4@telford.example', rsvp: 'pending' },
        { email: 'caseworker4@shropshire.example', rsvp: 'tentative' },
      ],
    });
  });

  it('pages through 25 events, ten at a time', async () => {
    for (let n = 0; n < 25; n += 1) await calendar.createEvent(ORGANISER, caseReview(n));
    const listed = await responsesIn(calendar, ORGANISER, DAY);

    expect(listed).toHaveLength(25);
    expect(new Set(listed.map((entry) => entry.iCalUId)).size).toBe(25);
    const pages = logged('GET', /\/calendarView\/delta$/);
    expect(pages).toHaveLength(3);
    expect(pages[0].headers.prefer).toContain('odata.maxpagesize=10');
  });

  it("leaves out events the organiser's mailbox was only invited to", async () => {
    await calendar.createEvent('someone@telford.example', caseReview(5, { attendees: [ORGANISER] }));
    const own = await calendar.createEvent(ORGANISER, caseReview(6));

    const listed = await responsesIn(calendar, ORGANISER, DAY);
    expect(listed.map((entry) => entry.iCalUId)).toEqual([own.iCalUId]);
  });
});
