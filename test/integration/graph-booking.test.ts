import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';
import { startConnectorServer, type ConnectorServer, type Recorded } from '../support/connector-server.js';
import { DEMO, alex } from '../support/demo-people.js';

const ORGANISER = 'peerreview@shropshire.example';
const EVENTS = /^POST \/users\/[^/]+\/events$/;

/** The demo review booked into a Graph-compatible server through the real Graph client, with an outage and a restart. */
describe('booking the demo case reviews through Microsoft Graph', () => {
  let graph: GraphServer;
  let dataDir: string;
  let h: BotHarness | undefined;
  let proposalCard: Recorded;

  let connector: ConnectorServer;
  const start = async () => {
    const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    return startBotHarness([alex], { DATA_DIR: dataDir }, { calendar }, connector);
  };
  const organiserEvents = () => graph.mailboxes.events(ORGANISER);
  const lastUpdate = (harness: BotHarness) =>
    cardText(cardOf(harness.connector.recorded.filter((r) => r.kind === 'update').at(-1)!));

  beforeAll(async () => {
    graph = await startGraphServer();
    connector = await startConnectorServer();
    dataDir = mkdtempSync(join(tmpdir(), 'convene-graph-'));
  });
  afterAll(async () => {
    await h?.close();
    await graph?.close();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports and proposes all 16 cases, reading free/busy through getSchedule', async () => {
    h = await start();
    expect((await h.client.say(alex, `import\n${DEMO}`))[0]!.activity.text).toMatch(/16 cases/);
    proposalCard = (await h.client.sayAndWait(alex, 'schedule case reviews')).find((r) => cardOf(r))!;
    expect(cardText(cardOf(proposalCard))).toMatch(/16 of 16 cases placed/);
    expect(graph.requests.some((r) => r.path.endsWith('/calendar/getSchedule'))).toBe(true);
  });

  it('keeps a record of every intended booking when Graph is down, and says what is not booked', async () => {
    graph.failNext(EVENTS, { status: 503, retryAfterSeconds: 0, times: 1_000_000 });
    const confirm = actionsOf(cardOf(proposalCard))[0]!;
    await h!.client.press(alex, proposalCard.activityId, confirm.verb, confirm.data);
    await h!.convene.idle();
    expect(lastUpdate(h!)).toMatch(/Booked 0 of 16 case reviews\. 16 could not be booked; press Finish booking/);
    const bookings = await h!.convene.store.bookings.forReview((await h!.convene.store.reviews.latest())!.id);
    expect(bookings).toHaveLength(16);
    expect(new Set(bookings.map((b) => b.status))).toEqual(new Set(['failed']));
    expect(organiserEvents()).toHaveLength(0);
  });

  it('after a restart, Finish booking books the rest, with one 429 on the way, and no duplicates', async () => {
    await h!.close();
    graph.clearFailures();
    h = await start();
    graph.failNext(EVENTS, { status: 429, retryAfterSeconds: 1, times: 1 });
    const finish = actionsOf(cardOf(h.connector.recorded.filter((r) => r.kind === 'update').at(-1)!)).find((a) => a.title === 'Finish booking')!;
    expect(finish).toBeDefined();
    const response = await h.client.press(alex, proposalCard.activityId, finish.verb, finish.data);
    expect(response.status).toBe(200);
    await h.convene.idle();
    expect(lastUpdate(h)).toMatch(/Booked 16 of 16 case reviews\. All in the calendar/);
    expect(organiserEvents()).toHaveLength(16);
    expect(graph.requests.filter((r) => /^\/users\/[^/]+\/events$/.test(r.path) && r.method === 'POST' && r.status === 429)).toHaveLength(1);
    const again = await h.client.press(alex, proposalCard.activityId, finish.verb, finish.data);
    expect(again.body.value).toMatch(/booked already/);
    expect(organiserEvents()).toHaveLength(16);
  });

  it('each event is a Teams online meeting with the reviewer and the case worker as required attendees', () => {
    for (const event of organiserEvents()) {
      expect(event.isOnlineMeeting).toBe(true);
      expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
      expect(event.attendees?.map((a) => a.type)).toEqual(['required', 'required']);
      expect(event.onlineMeeting?.joinUrl).toMatch(/^https:\/\//);
    }
  });

  it('an answer on the card is written to the attendee’s calendar after the click, and reaches the organiser’s event', async () => {
    const invite = h!.connector.recorded.find(
      (r) => r.conversationId === h!.client.conversationOf(alex) && actionsOf(cardOf(r)).some((a) => a.title === 'Accept'),
    )!;
    const decline = actionsOf(cardOf(invite)).find((a) => a.title === 'Decline')!;
    const response = await h!.client.press(alex, invite.activityId, decline.verb, { ...decline.data, [`reason-${decline.data.invitationId}`]: 'On leave that day' });
    expect(cardText(response.body.value)).toMatch(/You declined/);
    // Written once the click has been answered, so that the calendar never holds up the card.
    await h!.convene.idle();
    const answered = organiserEvents()
      .flatMap((event) => event.attendees ?? [])
      .filter((a) => a.emailAddress?.address === alex.email && a.status?.response === 'declined');
    expect(answered).toHaveLength(1);
    expect(graph.requests.some((r) => r.method === 'POST' && r.path.startsWith(`/users/${alex.email}/events/`) && r.path.endsWith('/decline'))).toBe(true);
  });

  it('answers given in Outlook show in status', async () => {
    const reviewer = organiserEvents()[0]!.attendees![0]!.emailAddress!.address!;
    const copy = graph.mailboxes.events(reviewer)[0]!;
    graph.mailboxes.respond(reviewer, copy.id!, 'tentativelyAccepted');
    const status = cardText(cardOf((await h!.client.say(alex, 'status')).find((r) => cardOf(r))!));
    expect(status).toMatch(/16 sessions booked; 2 of 32 invitations answered/);
    const review = (await h!.convene.store.reviews.latest())!;
    const theirs = await h!.convene.store.invitations.forEmail(review.id, reviewer);
    expect(theirs.map((i) => i.rsvp)).toContain('tentative');
  });
});
