import { expect, it } from 'vitest';
import { confirmProposal } from '../../src/services/booking/book-proposal.js';
import { graphServicesForFile, proposeCaseReviewsOf } from '../support/graph-services.js';
import { SMALL_REVIEW } from '../support/small-review.js';

const ORGANISER = 'peerreview@testshire.example';
const ALEX = 'alex.rowan@testshire.example';
const services = graphServicesForFile();

/**
 * The worst moment to crash: Graph has created the event but our record still says pending. The booking
 * intent kept its transactionId, so the confirm after the restart gets the same event back, not a second one.
 */
it('a crash between Graph creating an event and our record of it leaves no duplicate after the next confirm', async () => {
  const { graph, store, calendar, deps } = services();
  const { stored, proposal } = await proposeCaseReviewsOf(services(), SMALL_REVIEW, ALEX);

  const [first, second] = proposal.plan.placed;
  const intents = [first!, second!].map((placed, n) => ({
    reviewId: stored.id, proposalId: proposal.id, sessionId: placed.caseId, kind: 'caseReview' as const,
    transactionId: `crashed-${n}`, subject: `Case review ${placed.caseId}`, start: placed.start, end: placed.end,
    attendees: [placed.reviewer, placed.caseWorker], online: true,
  }));
  const crashed = await store.bookings.recordIntents(intents);
  const createdBeforeCrash = await Promise.all(
    crashed.map((b) => calendar.createEvent(ORGANISER, { ...b, body: '' })),
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
