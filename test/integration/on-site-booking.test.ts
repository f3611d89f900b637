import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { confirmProposal } from '../../src/services/booking/book-proposal.js';
import { importReview } from '../../src/services/reviews/import-review.js';
import type { Review } from '../../src/domain/shared/index.js';
import type { BookingProgress, Messenger, Notice } from '../../src/services/ports/index.js';
import { proposeOnSite } from '../../src/services/on-site/propose-on-site.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { inThreadPlanner, plannedNow } from '../support/in-thread-planner.js';
import { openTestOutbox, type TestOutbox } from '../support/test-outbox.js';
import { ON_SITE_ORGANISER, ON_SITE_TEAM, onSiteReview, peerEmail } from '../support/on-site-review.js';

const EVENTS = /^POST \/users\/[^/]+\/events$/;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Teams' side of the peers' chats: only the peers have one with the bot (`chatsWithPeers` stores them). */
class PeersOnly implements Messenger {
  readonly sent: { email: string; notice: Notice }[] = [];
  async deliver(reference: unknown, notice: Notice) {
    const email = (reference as { user: { id: string } }).user.id;
    this.sent.push({ email, notice });
    return `activity-${this.sent.length}`;
  }
  async replaceCard(): Promise<void> {
    throw new Error('these tests show no proposal card');
  }
  conversationOf(reference: unknown) {
    return (reference as { conversation: { id: string } }).conversation.id;
  }
  /** No installer here: Graph names no chat. */
  referenceFor() {
    return undefined;
  }
}

const chatsWithPeers = async (review: Review) => {
  for (const peer of review.peers) {
    await store.people.saveConversation(peer.email, { conversation: { id: `a:${peer.email}` }, user: { id: peer.email }, serviceUrl: 'https://smba.example/', bot: { id: 'convene' } });
  }
};

let graph: GraphServer;
let store: OpenedStore;
let messenger: PeersOnly;
let sending: TestOutbox | undefined;
beforeEach(async () => {
  // Latency makes the sub-requests of a batch overlap, so the in-flight peak is measured, not assumed.
  graph = await startGraphServer({ latencyMs: 5 });
  store = await openStore({});
  messenger = new PeersOnly();
});
afterEach(async () => {
  await sending?.close();
  sending = undefined;
  await store?.close();
  await graph?.close();
});

const setUp = async () => {
  const calendar = new GraphCalendar(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
  sending = await openTestOutbox(store, calendar, messenger);
  const deps = { store, calendar, outbox: sending.outbox, log: silent, now: () => new Date().toISOString() };
  const imported = await importReview({ store }, onSiteReview(60), ON_SITE_TEAM);
  if (!imported.ok || imported.value.kind === 'held') throw new Error('the review was not imported');
  await chatsWithPeers(imported.value.stored.review);
  const proposed = await plannedNow(proposeOnSite({ store, calendar, planner: inThreadPlanner }, ON_SITE_TEAM));
  if (!proposed.ok) throw new Error(proposed.message);
  expect(proposed.value.proposal.plan.placed).toHaveLength(60);
  return { deps, proposal: proposed.value.proposal, reviewId: proposed.value.stored.id };
};

const confirm = async (deps: Awaited<ReturnType<typeof setUp>>['deps'], proposalId: string, onProgress = async (_: BookingProgress) => {}) => {
  const claimed = await confirmProposal(deps, proposalId, ON_SITE_TEAM);
  if (!claimed.ok) throw new Error(claimed.message);
  return claimed.value.run(onProgress);
};

const batches = () => graph.requests.filter((r) => r.path === '/$batch');
const organiserEvents = () => graph.mailboxes.events(ON_SITE_ORGANISER);

describe('booking a 60-session on-site week through Graph $batch', () => {
  it('takes 15 batches of 4 (Outlook’s limit per mailbox), never more than 4 in flight, and invites every peer', async () => {
    const { deps, proposal, reviewId } = await setUp();
    const before = graph.requests.length;
    const steps: BookingProgress[] = [];
    const outcome = await confirm(deps, proposal.id, async (p) => void steps.push(p));

    expect(outcome).toMatchObject({ total: 60, booked: 60, failed: 0, done: true, notBooked: [] });
    const booking = graph.requests.slice(before);
    // Every request the booking made: 15 $batch calls holding 60 creates, nothing outside a batch.
    expect(booking.filter((r) => !r.inBatch).map((r) => `${r.method} ${r.path}`)).toEqual(Array(15).fill('POST /$batch'));
    expect(booking.filter((r) => r.inBatch && r.method === 'POST' && EVENTS.test(`POST ${r.path}`))).toHaveLength(60);
    for (const batch of batches()) expect((batch.body as { requests: unknown[] }).requests.length).toBeLessThanOrEqual(20);
    expect(graph.peakInFlight(ON_SITE_ORGANISER)).toBe(4);
    expect(steps.map((p) => p.booked)).toEqual([12, 24, 36, 48, 60, 60]);

    expect(organiserEvents()).toHaveLength(60);
    expect(new Set(organiserEvents().map((e) => e.transactionId)).size).toBe(60);
    const bookings = await store.bookings.forReview(reviewId);
    expect(bookings.every((b) => b.status === 'booked')).toBe(true);
    expect((await store.proposals.get(proposal.id))?.status).toBe('booked');
    // Twelve cards to each peer: more than Teams takes into one chat in two seconds, so some wait their turn.
    expect(outcome.cardsSent! + outcome.cardsQueued!).toBe(120);
    expect(outcome.cardsFailed).toBe(0);
    expect(outcome.withoutCard).toHaveLength(60);
    expect(outcome.withoutCard).toContain('staff1@testshire.example');
    await sending!.drain();
    expect(messenger.sent).toHaveLength(120);
    expect(new Set(messenger.sent.map((s) => s.notice.kind === 'invite' && s.notice.invitation.id)).size).toBe(120);
    const invitations = await store.invitations.forReview(reviewId);
    expect(invitations.filter((i) => i.cardActivityId !== undefined)).toHaveLength(120);
    expect(invitations.filter((i) => i.cardMissedAt !== undefined)).toHaveLength(60);
  });

  it('makes each event as the session needs: peers and attendees required, Teams or a place, travel in the body', async () => {
    const { deps, proposal } = await setUp();
    await confirm(deps, proposal.id);
    const subject = (title: string) => organiserEvents().find((e) => e.subject?.startsWith(`${title}:`))!;

    const online = subject('Interview 1');
    expect(online.isOnlineMeeting).toBe(true);
    expect(online.onlineMeeting?.joinUrl).toMatch(/^https:\/\//);
    const placed = proposal.plan.placed.find((p) => p.sessionId === 's01')!;
    expect(online.attendees?.map((a) => a.emailAddress?.address).sort()).toEqual(['staff1@testshire.example', ...placed.peers].sort());
    expect(online.attendees?.every((a) => a.type === 'required')).toBe(true);

    const inPerson = subject('Interview 2');
    expect(inPerson.isOnlineMeeting).toBe(false);
    expect(inPerson.location?.displayName).toBe('Town Hall, Testshire');

    const visit = subject('Site visit 4');
    expect(visit.location?.displayName).toBe('School 4');
    expect(visit.body?.content).toMatch(/Travel for the peers: leave Town Hall, Testshire at \d\d:\d\d \(15 minutes each way\), back by \d\d:\d\d/);
    expect(organiserEvents().some((e) => e.subject?.startsWith('Lunch'))).toBe(false);
  });

  it('honours a 429 inside a batch: waits, retries that create alone, no duplicate', async () => {
    const { deps, proposal } = await setUp();
    graph.failNext(EVENTS, { status: 429, retryAfterSeconds: 0.2, times: 1 });
    const before = batches().length;
    const started = Date.now();
    const outcome = await confirm(deps, proposal.id);

    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(outcome).toMatchObject({ booked: 60, failed: 0 });
    expect(graph.requests.filter((r) => r.inBatch && r.status === 429)).toHaveLength(1);
    expect(batches().length - before).toBe(16);
    expect(organiserEvents()).toHaveLength(60);
    expect(graph.peakInFlight(ON_SITE_ORGANISER)).toBeLessThanOrEqual(4);
  });

  it('Graph down half-way leaves a record that a second Confirm finishes, without duplicates', async () => {
    const { deps, proposal, reviewId } = await setUp();
    const halfWay = async (p: BookingProgress) => {
      if (p.booked === 24 && !p.done) graph.failNext(EVENTS, { status: 503, retryAfterSeconds: 0, times: 1_000_000 });
    };
    const first = await confirm(deps, proposal.id, halfWay);

    expect(first).toMatchObject({ total: 60, booked: 24, failed: 36, done: true });
    expect(first.notBooked).toHaveLength(36);
    expect(organiserEvents()).toHaveLength(24);
    const stored = await store.bookings.forReview(reviewId);
    expect(stored.filter((b) => b.status === 'failed')).toHaveLength(36);
    expect(stored.filter((b) => b.status === 'failed').every((b) => /503/.test(b.error ?? ''))).toBe(true);
    expect((await store.proposals.get(proposal.id))?.status).toBe('booking');
    // Invitations only for what is in the calendar.
    await sending!.drain();
    expect(messenger.sent.length).toBe(48);

    graph.clearFailures();
    const before = batches().length;
    const second = await confirm(deps, proposal.id);

    expect(second).toMatchObject({ total: 60, booked: 60, failed: 0, notBooked: [] });
    expect(batches().length - before).toBe(9);
    expect(organiserEvents()).toHaveLength(60);
    expect(new Set(organiserEvents().map((e) => e.subject)).size).toBe(60);
    expect((await store.proposals.get(proposal.id))?.status).toBe('booked');
    await sending!.drain();
    expect(messenger.sent.length).toBe(120);
    const peer = peerEmail('Ada Birch');
    const cardsToAda = messenger.sent.filter((s) => s.email === peer).length;
    const adaSessions = proposal.plan.placed.filter((p) => p.peers.includes(peer)).length;
    expect(cardsToAda).toBe(adaSessions);

    const third = await confirmProposal(deps, proposal.id, ON_SITE_TEAM);
    expect(third.ok).toBe(false);
  });

  it('is for the project team only: a peer can neither schedule on-site nor confirm', async () => {
    const { deps, proposal, reviewId } = await setUp();
    const peer = peerEmail('Ben Cole');
    const scheduled = await proposeOnSite({ store, calendar: deps.calendar, planner: inThreadPlanner }, peer);
    expect(scheduled).toMatchObject({ ok: false });
    const confirmed = await confirmProposal(deps, proposal.id, peer);
    expect(confirmed).toMatchObject({ ok: false });
    expect(!confirmed.ok && confirmed.message).toMatch(/only the project team/);
    expect((await store.proposals.get(proposal.id))?.status).toBe('proposed');
    expect(await store.bookings.forReview(reviewId)).toHaveLength(0);
    expect(batches()).toHaveLength(0);
  });
});
