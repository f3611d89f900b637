import { expect, it } from 'vitest';
import { confirmProposal } from '../../src/services/booking/book-proposal.js';
import { graphServicesForFile, proposeCaseReviewsOf } from '../support/graph-services.js';
import { SMALL_REVIEW } from '../support/small-review.js';

const ORGANISER = 'peerreview@testshire.example';
const ALEX = 'alex.rowan@testshire.example';
const services = graphServicesForFile();

/**
 * Graph refuses `Europe/Amsterdam` (like `Europe/Dublin` or `America/Toronto`) as an event's zone: a review held
 * there is booked all the same, its times sent in UTC (what Convene shows stays in the review's zone).
 */
it('books a review in a zone Graph does not take, every event at the planned instant', async () => {
  const { graph, deps } = services();
  const amsterdam = SMALL_REVIEW.replace('timeZone: Europe/London', 'timeZone: Europe/Amsterdam');
  const { proposal } = await proposeCaseReviewsOf(services(), amsterdam, ALEX);

  const claimed = await confirmProposal(deps, proposal.id, ALEX);
  if (!claimed.ok) throw new Error(claimed.message);
  expect(await claimed.value.run(async () => undefined)).toMatchObject({ total: 3, booked: 3, failed: 0, done: true });

  // 09:00 in Amsterdam on 14 January 2026 (CET) is 08:00 UTC: the day's calls start then.
  const placed = proposal.plan.placed.map((p) => p.start).sort();
  expect(placed[0]).toBe('2026-01-14T08:00:00.000Z');
  const events = graph.mailboxes.events(ORGANISER);
  expect(events.map((event) => `${event.start?.dateTime} ${event.originalStartTimeZone}`).sort()).toEqual(
    placed.map((start) => `${start.replace('.000Z', '.0000000')} UTC`),
  );
  expect(graph.requests.filter((entry) => entry.status >= 400)).toEqual([]);
});
