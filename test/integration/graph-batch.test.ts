import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailboxOf, sendBatch, type BatchRequest } from '../../src/graph/graph-batch.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { MailboxGate } from '../../src/graph/mailbox-gate.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';

let server: GraphServer;
let client: Client;

beforeEach(async () => {
  // Latency makes the calls of one batch overlap, so the in-flight peak is real.
  server = await startGraphServer({ latencyMs: 20 });
  client = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential() });
});
afterEach(async () => {
  await server.close();
});

const organisers = Array.from({ length: 15 }, (_, i) => `organiser${i}@shropshire.example`);

const createIn = (organiser: string, n: number): BatchRequest => ({
  method: 'POST',
  url: `/users/${encodeURIComponent(organiser)}/events`,
  body: {
    subject: `Session ${n}`,
    transactionId: `session-${n}`,
    start: { dateTime: '2026-03-30T09:00:00', timeZone: 'Europe/London' },
    end: { dateTime: '2026-03-30T10:00:00', timeZone: 'Europe/London' },
  } satisfies Event,
});

const batches = () => server.requests.filter((entry) => entry.path === '/$batch');
const peak = (mailboxes: string[]) => Math.max(...mailboxes.map((mailbox) => server.peakInFlight(mailbox)));

describe('sendBatch', () => {
  it('sends 60 requests for 15 mailboxes in 3 batches, 4 per mailbox at a time, answers in order', async () => {
    const requests = Array.from({ length: 60 }, (_, n) => createIn(organisers[n % 15], n));
    const responses = await sendBatch(client, requests);

    expect(batches()).toHaveLength(3);
    expect(responses.map((response) => response.status)).toEqual(Array(60).fill(201));
    const subjects = responses.map((response) => (response.body as Event).subject);
    expect(subjects).toEqual(requests.map((_, n) => `Session ${n}`));
    expect(peak(organisers)).toBeLessThanOrEqual(4);
  });

  it('splits requests for one mailbox so that no more than 4 run at once', async () => {
    const requests = Array.from({ length: 12 }, (_, n) => createIn(organisers[0], n));
    const responses = await sendBatch(client, requests);

    expect(batches()).toHaveLength(3);
    expect(responses.every((response) => response.status === 201)).toBe(true);
    expect(server.peakInFlight(organisers[0])).toBe(4);
    expect(server.mailboxes.events(organisers[0])).toHaveLength(12);
  });

  it('keeps a mailbox to 4 in flight across calls that share a gate', async () => {
    const gate = new MailboxGate();
    const calls = [0, 1, 2].map((call) =>
      sendBatch(
        client,
        Array.from({ length: 8 }, (_, n) => createIn(organisers[0], call * 8 + n)),
        gate,
      ),
    );
    const answered = await Promise.all(calls);

    expect(answered.flat().map((response) => response.status)).toEqual(Array(24).fill(201));
    expect(server.mailboxes.events(organisers[0])).toHaveLength(24);
    expect(server.peakInFlight(organisers[0])).toBe(4);
    expect(gate.free(mailboxOf(`/users/${organisers[0]}`))).toBe(4);
  });

  it('lets a single request through while two long bookings share the mailbox, rather than after them', async () => {
    const gate = new MailboxGate();
    const finished: string[] = [];
    const booking = (name: string, offset: number) =>
      sendBatch(client, Array.from({ length: 40 }, (_, n) => createIn(organisers[0], offset + n)), gate).then(() => finished.push(name));
    const single = async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await gate.run(mailboxOf(`/users/${organisers[0]}`), () => client.api(`/users/${organisers[0]}/events`).get());
      finished.push('single');
    };
    await Promise.all([booking('first', 0), booking('second', 40), single()]);

    expect(finished[0]).toBe('single');
    expect(server.peakInFlight(organisers[0])).toBe(4);
  });

  it('without a shared gate, calls at once would overrun the mailbox (why the calendar shares one)', async () => {
    const calls = [0, 1].map((call) => sendBatch(client, Array.from({ length: 4 }, (_, n) => createIn(organisers[0], call * 4 + n))));
    await Promise.all(calls);

    expect(server.peakInFlight(organisers[0])).toBe(8);
  });

  it('retries a sub-request that answered 429 after its Retry-After', async () => {
    server.failNext(`POST /users/${organisers[2]}/events`, { status: 429, retryAfterSeconds: 0.3 });
    const requests = Array.from({ length: 60 }, (_, n) => createIn(organisers[n % 15], n));
    const started = Date.now();
    const responses = await sendBatch(client, requests);

    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(responses.map((response) => response.status)).toEqual(Array(60).fill(201));
    const throttled = server.requests.filter((entry) => entry.inBatch && entry.status === 429);
    expect(throttled).toHaveLength(1);
    expect(batches()).toHaveLength(4);
    expect(server.mailboxes.events(organisers[2])).toHaveLength(4);
    expect(peak(organisers)).toBeLessThanOrEqual(4);
  });

  it('gives up on a sub-request that stays throttled and returns its 429', async () => {
    server.failNext(`POST /users/${organisers[0]}/events`, { status: 429, retryAfterSeconds: 0, times: 10 });
    const [response] = await sendBatch(client, [createIn(organisers[0], 1)]);

    expect(response.status).toBe(429);
    expect(response.headers['Retry-After']).toBe('0');
    expect(batches()).toHaveLength(5);
  });

  it('leaves a whole-batch 503 to the client, which retries it', async () => {
    server.failNext('POST /$batch', { status: 503, retryAfterSeconds: 0.1 });
    const responses = await sendBatch(client, [createIn(organisers[0], 1)]);

    expect(responses[0].status).toBe(201);
    expect(batches().map((entry) => entry.status)).toEqual([503, 200]);
  });

  it('is refused by the server past 20 requests, as Graph does', async () => {
    const requests = Array.from({ length: 21 }, (_, n) => ({
      id: String(n),
      method: 'GET',
      url: '/users/a@b.example/events',
    }));
    await expect(client.api('/$batch').post({ requests })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('sends every sub-request with an id unique in its batch, and a Content-Type only with a body, through retries', async () => {
    server.failNext(`POST /users/${organisers[1]}/events`, { status: 429, retryAfterSeconds: 0, times: 2 });
    const requests: BatchRequest[] = [
      ...Array.from({ length: 30 }, (_, n) => createIn(organisers[n % 3], n)),
      // A caller's own Content-Type, in any case, is the only one sent.
      { ...createIn(organisers[3], 30), headers: { 'content-type': 'application/json' } },
      { method: 'GET', url: `/users/${encodeURIComponent(organisers[3])}/events` },
    ];
    const responses = await sendBatch(client, requests);

    expect(responses.map((response) => response.status)).toEqual([...Array(31).fill(201), 200]);
    const sent = batches().flatMap((entry) => (entry.body as { requests: { id: string; body?: unknown; headers?: Record<string, string> }[] }).requests);
    for (const entry of batches()) {
      const ids = (entry.body as { requests: { id: string }[] }).requests.map((sub) => sub.id.toLowerCase());
      expect(new Set(ids).size).toBe(ids.length);
      expect(entry.status).toBe(200);
    }
    const contentTypes = (sub: (typeof sent)[number]) => Object.keys(sub.headers ?? {}).filter((name) => name.toLowerCase() === 'content-type');
    expect(sent.filter((sub) => sub.body !== undefined).every((sub) => contentTypes(sub).length === 1)).toBe(true);
    expect(sent.filter((sub) => sub.body === undefined).map(contentTypes)).toEqual([[]]);
  });

  it('matches answers to requests by id, whatever order Graph gives them in', async () => {
    // The server answers in reverse, as Graph may ("individual responses might appear in a different order").
    const requests = Array.from({ length: 5 }, (_, n) => createIn(organisers[n], n));
    const responses = await sendBatch(client, requests);

    expect(responses.map((response) => (response.body as Event).subject)).toEqual(requests.map((_, n) => `Session ${n}`));
  });

  it('reads the mailbox from the request path', () => {
    expect(mailboxOf('/users/Ana%40Shropshire.example/events')).toBe('ana@shropshire.example');
    expect(mailboxOf('users/bo@x.example/calendar/getSchedule')).toBe('bo@x.example');
    expect(mailboxOf('/me/events')).toBe('');
  });
});
