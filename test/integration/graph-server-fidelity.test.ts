import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';

const ORGANISER = 'peerreview@shropshire.example';

let server: GraphServer;
let client: Client;

beforeEach(async () => {
  server = await startGraphServer();
  client = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential() });
});
afterEach(async () => {
  await server.close();
});

/** The Graph test server refuses what Graph's v1.0 description says Graph refuses, so the adapter cannot rely on less. */
describe('the Graph test server, as strict as Graph', () => {
  it("answers getSchedule with Graph's availability view and refuses more than 20 people", async () => {
    await client.api(`/users/${ORGANISER}/events`).post({
      subject: 'Case review',
      start: { dateTime: '2026-03-30T08:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-30T08:45:00', timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: 'peer0@telford.example' }, type: 'required' }],
    });
    const ask = (schedules: string[]) =>
      client.api(`/users/${ORGANISER}/calendar/getSchedule`).post({
        schedules,
        startTime: { dateTime: '2026-03-30T07:30:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-03-30T09:00:00', timeZone: 'UTC' },
        availabilityViewInterval: 15,
      });
    // Not yet answered: tentative (1) from 08:00 to 08:45.
    expect((await ask(['peer0@telford.example'])).value[0].availabilityView).toBe('001110');
    const tooMany = Array.from({ length: 21 }, (_, i) => `person${i}@shropshire.example`);
    await expect(ask(tooMany)).rejects.toMatchObject({ statusCode: 400, code: 'ErrorInvalidParameter' });
  });

  it('refuses getSchedule for a window of 62 days or more', async () => {
    const ask = (end: string) =>
      client.api(`/users/${ORGANISER}/calendar/getSchedule`).post({
        schedules: ['ana@shropshire.example'],
        startTime: { dateTime: '2026-01-05T00:00:00', timeZone: 'UTC' },
        endTime: { dateTime: end, timeZone: 'UTC' },
      });
    await expect(ask('2026-03-08T00:00:00')).rejects.toMatchObject({ statusCode: 400, code: 'ErrorTimeIntervalTooBig' });
    expect((await ask('2026-03-07T23:59:00')).value).toHaveLength(1);
  });

  it('refuses an event in a zone Graph does not take, and takes UTC, a Windows zone or a listed IANA one', async () => {
    const at = (timeZone: string) => ({
      subject: `In ${timeZone}`,
      start: { dateTime: '2026-03-30T10:00:00', timeZone },
      end: { dateTime: '2026-03-30T11:00:00', timeZone },
    });
    for (const zone of ['Europe/Dublin', 'Europe/Amsterdam', 'America/Toronto', 'Greenwich Mean Time']) {
      await expect(client.api(`/users/${ORGANISER}/events`).post(at(zone))).rejects.toMatchObject({
        statusCode: 400,
        code: 'TimeZoneNotSupportedException',
      });
    }
    const london: Event = await client.api(`/users/${ORGANISER}/events`).post(at('GMT Standard Time'));
    const utc: Event = await client.api(`/users/${ORGANISER}/events`).post(at('UTC'));
    const iana: Event = await client.api(`/users/${ORGANISER}/events`).post(at('Europe/London'));
    // 10:00 in London on 30 March 2026 (BST) is 09:00 UTC.
    expect([london, utc, iana].map((event) => event.start?.dateTime)).toEqual([
      '2026-03-30T09:00:00.0000000',
      '2026-03-30T10:00:00.0000000',
      '2026-03-30T09:00:00.0000000',
    ]);
    expect(server.mailboxes.events(ORGANISER)).toHaveLength(3);
  });

  it('refuses an event with a property the type does not have', async () => {
    const misspelt = { subject: 'Typo', isOnlineMeting: true, start: { dateTime: '2026-03-30T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-03-30T11:00:00', timeZone: 'UTC' } };
    await expect(client.api(`/users/${ORGANISER}/events`).post(misspelt)).rejects.toMatchObject({ statusCode: 400, code: 'RequestBodyRead' });
    expect(server.mailboxes.events(ORGANISER)).toEqual([]);
  });

  it('refuses a whole $batch with duplicate ids, a body without Content-Type or an absolute url', async () => {
    const event = { subject: 'One', start: { dateTime: '2026-03-30T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-03-30T10:00:00', timeZone: 'UTC' } };
    const post = (id: string, headers?: Record<string, string>, url = `/users/${ORGANISER}/events`) => ({ id, method: 'POST', url, body: event, headers });
    const typed = { 'Content-Type': 'application/json' };
    const refused = [
      [post('1', typed), post('1', typed)],
      // Ids are not case-sensitive.
      [post('a', typed), post('A', typed)],
      [post('1', typed), post('2')],
      [post('1', { 'content-type': 'application/json' }), post('2', typed, `https://graph.microsoft.com/v1.0/users/${ORGANISER}/events`)],
    ];
    for (const requests of refused) {
      await expect(client.api('/$batch').post({ requests })).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest' });
    }
    expect(server.requests.filter((entry) => entry.inBatch)).toEqual([]);
    expect(server.mailboxes.events(ORGANISER)).toEqual([]);

    const { responses } = await client.api('/$batch').post({ requests: [post('1', typed), post('2', { 'content-type': 'application/json' })] });
    expect(responses.map((response: { status: number }) => response.status)).toEqual([201, 201]);
  });

  it('answers accept, tentativelyAccept and decline with 202, a JSON content type and an empty body', async () => {
    const created: Event = await client.api(`/users/${ORGANISER}/events`).post({
      subject: 'Answered',
      start: { dateTime: '2026-03-30T09:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-30T10:00:00', timeZone: 'UTC' },
      attendees: [{ emailAddress: { address: 'ana@shropshire.example' }, type: 'required' }],
    });
    const [copy] = server.mailboxes.withICalUId('ana@shropshire.example', created.iCalUId ?? '');
    for (const action of ['accept', 'tentativelyAccept', 'decline']) {
      const raw = await fetch(`${server.url}/v1.0/users/ana@shropshire.example/events/${copy.id}/${action}`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ sendResponse: true }),
      });
      expect([raw.status, raw.headers.get('content-type'), await raw.text()]).toEqual([202, 'application/json', '']);
    }
  });
});
