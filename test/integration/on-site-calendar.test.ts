import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overlaps } from '../../src/domain/shared/intervals.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { confirmProposal } from '../../src/services/booking/book-proposal.js';
import { importReview } from '../../src/services/reviews/import-review.js';
import { proposeOnSite } from '../../src/services/on-site/propose-on-site.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { inThreadPlanner, plannedNow } from '../support/in-thread-planner.js';
import { nobodyReachable, openTestOutbox } from '../support/test-outbox.js';

const TEAM = 'alex.rowan@testshire.example';
const ORGANISER = 'peerreview@testshire.example';
const ANN = 'ann@peers.example';
const BEN = 'ben@peers.example';
const SENCO = 'senco@testshire.example';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** One morning (09:00–13:00 BST, 08:00–12:00 UTC) and exactly two peers, so every session needs both of them. */
const review = (sessions: string[]) => `
review:
  name: Testshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: ${ORGANISER}
  base: Town Hall, Testshire
  projectTeam: [${TEAM}]
themes:
  - { id: provision, title: Provision }
peers:
  - { email: ${ANN}, name: Ann Lead, role: teamLead }
  - { email: ${BEN}, name: Ben Peer, role: peer }
people:
  - { email: ${TEAM}, name: Alex Rowan }
onSite:
  streams: 2
  days: [ { date: 2026-06-16, start: "09:00", end: "13:00" } ]
  sessions:
${sessions.map((line) => `    - ${line}`).join('\n')}
`;
const INTERVIEW = `{ id: senco, title: SENCO interview, kind: interview, attendees: [${SENCO}], themes: [provision] }`;
const VISIT = '{ id: visit, title: School visit, kind: siteVisit, minutes: 60, travelMinutes: 30, location: Oak School, attendees: [head@oak.example], themes: [provision] }';

let graph: GraphServer;
let store: OpenedStore;
let calendar: GraphCalendar;
beforeEach(async () => {
  graph = await startGraphServer();
  store = await openStore({});
  calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
});
afterEach(async () => {
  await store?.close();
  await graph?.close();
});

const propose = async () => {
  const proposed = await plannedNow(proposeOnSite({ store, calendar, planner: inThreadPlanner }, TEAM));
  if (!proposed.ok) throw new Error(proposed.message);
  return proposed.value;
};
const placedOf = async (sessionId: string) => (await propose()).proposal.plan.placed.find((p) => p.sessionId === sessionId);

describe('on-site planning reads busy times from the calendar', () => {
  it('moves a session away from a busy event in a peer’s calendar', async () => {
    expect((await importReview({ store }, review([INTERVIEW]), TEAM)).ok).toBe(true);
    const free = await placedOf('senco');
    // Where it goes with empty calendars: the busy event below lands exactly there.
    expect(free).toMatchObject({ start: '2026-06-16T08:00:00.000Z', end: '2026-06-16T09:00:00.000Z' });

    const dentist = { start: '2026-06-16T08:00:00.000Z', end: '2026-06-16T09:30:00.000Z' };
    const event = { subject: 'Dentist', start: { dateTime: dentist.start, timeZone: 'UTC' }, end: { dateTime: dentist.end, timeZone: 'UTC' } };
    expect(graph.mailboxes.create(ANN, event).status).toBe(201);
    const busy = await placedOf('senco');

    expect(busy).toBeDefined();
    expect(busy!.peers).toContain(ANN);
    expect(overlaps(busy!.band, dentist)).toBe(false);
    expect(graph.requests.filter((r) => r.path.endsWith('/calendar/getSchedule'))).toHaveLength(2);
  });
});

describe('re-planning after a site visit is booked', () => {
  it('keeps the visit’s peers out of its travel time', async () => {
    expect((await importReview({ store }, review([VISIT, INTERVIEW]), TEAM)).ok).toBe(true);
    // The SENCO is away the whole morning at first, so only the visit is proposed and booked.
    graph.setBusy(SENCO, [{ start: '2026-06-16T08:00:00Z', end: '2026-06-16T12:00:00Z' }]);
    const first = await propose();
    expect(first.proposal.plan.placed.map((p) => p.sessionId)).toEqual(['visit']);
    const sending = await openTestOutbox(store, calendar, nobodyReachable);
    const claimed = await confirmProposal({ store, calendar, outbox: sending.outbox, log: silent, now: () => new Date().toISOString() }, first.proposal.id, TEAM);
    if (!claimed.ok) throw new Error(claimed.message);
    expect(await claimed.value.run(async () => {})).toMatchObject({ booked: 1, failed: 0 });
    await sending.close();

    const [visit] = await store.bookings.forReview(first.stored.id);
    // The event is the time with the head teacher; the peers leave 30 minutes before and are back 30 after.
    expect(visit).toMatchObject({ start: '2026-06-16T08:30:00.000Z', end: '2026-06-16T09:30:00.000Z' });
    const morning = { start: '2026-06-16T08:00:00.000Z', end: '2026-06-16T12:00:00.000Z' };
    const shown = await calendar.getBusy(ORGANISER, [ANN, BEN], morning);
    expect([...shown.values()]).toEqual([[{ start: visit!.start, end: visit!.end }], [{ start: visit!.start, end: visit!.end }]]);
    const travelling = { start: '2026-06-16T08:00:00.000Z', end: '2026-06-16T10:00:00.000Z' };

    graph.setBusy(SENCO, []);
    const second = await propose();
    expect(second.alreadyBooked).toBe(1);
    const senco = second.proposal.plan.placed.find((p) => p.sessionId === 'senco');
    expect(senco).toBeDefined();
    expect(senco!.peers.sort()).toEqual([ANN, BEN]);
    // Their calendars alone would have them free from 09:30, in the middle of the journey back.
    expect(overlaps(senco!.band, travelling)).toBe(false);
  });
});
