/**
 * The booking services as the composition root wires them, on a store of their own and the Graph test server through
 * the real Graph client, without the bot. Nobody has a chat with the bot, so no card is delivered: every invitee has
 * the calendar invitation only.
 */
import { afterAll, beforeAll } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import type { BookingDeps } from '../../src/services/booking/book-proposal.js';
import { proposeCaseReviews } from '../../src/services/case-reviews/propose-case-reviews.js';
import { importReview } from '../../src/services/reviews/import-review.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { staticCredential } from './graph-server-credential.js';
import { startGraphServer, type GraphServer } from './graph-server.js';
import { inThreadPlanner, plannedNow } from './in-thread-planner.js';
import { nobodyReachable, openTestOutbox } from './test-outbox.js';

export interface GraphServices {
  graph: GraphServer;
  store: OpenedStore;
  calendar: GraphCalendar;
  deps: BookingDeps;
  close(): Promise<void>;
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const openGraphServices = async (): Promise<GraphServices> => {
  const graph = await startGraphServer();
  const store = await openStore({});
  const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
  const sending = await openTestOutbox(store, calendar, nobodyReachable);
  const deps = { store, calendar, outbox: sending.outbox, log: silent, now: () => new Date().toISOString() };
  return {
    graph,
    store,
    calendar,
    deps,
    close: async () => {
      await sending.close();
      await store.close();
      await graph.close();
    },
  };
};

/** Opens the services before the file's tests and closes them after; the getter is for use inside a test. */
export const graphServicesForFile = (): (() => GraphServices) => {
  let services: GraphServices | undefined;
  beforeAll(async () => {
    services = await openGraphServices();
  });
  afterAll(async () => {
    await services?.close();
  });
  return () => {
    if (!services) throw new Error('The Graph services are opened before the tests run');
    return services;
  };
};

/** Imports a review file as `asker` and proposes its case reviews, as the chat does. */
export const proposeCaseReviewsOf = async ({ store, calendar }: GraphServices, reviewFile: string, asker: string) => {
  const imported = await importReview({ store }, reviewFile, asker);
  if (!imported.ok) throw new Error(imported.message);
  const proposed = await plannedNow(proposeCaseReviews({ store, calendar, planner: inThreadPlanner }, asker));
  if (!proposed.ok) throw new Error(proposed.message);
  return proposed.value;
};
