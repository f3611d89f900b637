import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { confirmProposal } from '../../src/services/booking/book-proposal.js';
import { importReview } from '../../src/services/reviews/import-review.js';
import { proposeCaseReviews } from '../../src/services/case-reviews/propose-case-reviews.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { inThreadPlanner, plannedNow } from '../support/in-thread-planner.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import { nobodyReachable, openTestOutbox, type TestOutbox } from '../support/test-outbox.js';

const ORGANISER = 'peerreview@testshire.example';
const ALEX = 'alex.rowan@testshire.example';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

let graph: GraphServer;
let store: OpenedStore;
let sending: TestOutbox;
beforeAll(async () => {
  graph = await startGraphServer();
  store = await openStore({});
});
afterAll(async () => {
  await sending?.close();
  await store?.close();
  await graph?.close();
});

/**
 * The worst moment to crash: Graph has created the event but our record still says pending. The booking
 * intent kept its transactionId, so the confirm after the restart gets the same event back, not a second one.
 */
it('a crash between Graph creating an event and our record of it leaves no duplicate after the next confirm', async () => {
  const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
  // Nobody has a chat with the bot, so no card is delivered: every invitee has the calendar invite only.
  sending = await openTestOutbox(store, calendar, nobodyReachable);
  const deps = { store, calendar, outbox: sending.outbox, log: silent, now: () => new Date().toISOString() };
  expect((await importReview({ store }, SMALL_REVIEW, ALEX)).ok).toBe(true);
  const proposed = await plannedNow(proposeCaseReviews({ store, calendar, planner: inThreadPlanner }, ALEX));
  if (!proposed.ok) throw new Error(proposed.message);
  const { stored, proposal } = proposed.value;

  const [first, second] = proposal.plan.placed;
  const intents = [first!, second!].map((placed, n) => ({
    reviewId: stored.id, proposalId: proposal.id, sessionId: placed.caseId, kind: 'caseReview' as const,
    transactionId: `crashed-${n}`, subject: `Case review ${placed.caseId}`, start: placed.start, end: placed.end,
    attendees: [placed.reviewer, placed.caseWorker], online: true,
  }));
  const crashed = await store.bookings.recordIntents(intents);
  const createdBeforeCrash = await Promise.all(
    crashed.map((b) => calendar.createEvent(ORGANISER, { ...b, body: '', timeZone: 'Europe/London' })),
  );
  expect(graph.mailboxes.events(ORGANISER)).toHaveLength(2);

  const claimed = await confirmProposal(deps, proposal.id, ALEX);
  if (!claimed.ok) throw new Error(claimed.message);
  const outcome = await claimed.value.run(async () => undefined);

  expect(outcome).toMatchObject({ total: 3, booked: 3, failed: 0, done: true });
  expect(graph.mailboxes.events(ORGANISER)).toHaveLength(3);
  const bookings = await store.bookings.forReview(stored.id);
  expect(bookings.filter((b) => b.transactionId.startsWith('crashed-')).map((b) => b.eventId).sort()).toEqual(
    createdBeforeCrash.map((e) => e.id).sort(),
  );
  expect((await store.proposals.get(proposal.id))?.status).toBe('booked');
});
