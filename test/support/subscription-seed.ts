/**
 * A review with one session booked into a Graph-compatible server, written straight into the store as a booking
 * would leave it: what gives its organiser a calendar worth watching (change-notifications.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { parseReviewFile } from '../../src/domain/review-file/index.js';
import type { CalendarEvent, CalendarPort, Store } from '../../src/services/ports/index.js';

export const WATCHED_ORGANISER = 'peerreview@wrekinshire.example';

const REVIEW = `
review:
  name: Wrekinshire SEND Peer Challenge
  timeZone: Europe/London
  organiser: ${WATCHED_ORGANISER}
  base: Civic Offices, Wrekinshire
  projectTeam: [lead@wrekinshire.example]
themes:
  - { id: leadership, title: Leadership and governance }
peers:
  - { email: rita.reviewer@peers.example, name: Rita Reviewer, role: caseReviewer }
people:
  - { email: lead@wrekinshire.example, name: Lee Lead }
caseReviews:
  days: [ { date: 2026-06-15, start: "09:00", end: "12:00" } ]
  minutes: 60
  cases:
    - { id: C01, caseWorker: lead@wrekinshire.example }
`;

/** The session's event in the organiser's calendar, booked for `start` to `end` (UTC ISO). */
export const seedBookedSession = async (store: Store, calendar: CalendarPort, start: string, end: string): Promise<CalendarEvent> => {
  const parsed = parseReviewFile(REVIEW);
  if (!parsed.ok) throw new Error(parsed.message);
  const stored = await store.reviews.save(parsed.value, 'lead@wrekinshire.example');
  const proposal = await store.proposals.create({ revision: 1, reviewId: stored.id, kind: 'caseReviews', plan: { placed: [], unplaced: [] }, createdBy: 'lead@wrekinshire.example' });
  const [booking] = await store.bookings.recordIntents([
    {
      reviewId: stored.id,
      proposalId: proposal.id,
      sessionId: 'C01',
      kind: 'caseReview',
      transactionId: randomUUID(),
      subject: 'Case review: C01',
      start,
      end,
      attendees: ['rita.reviewer@peers.example', 'lead@wrekinshire.example'],
      online: true,
    },
  ]);
  if (!booking) throw new Error('The booking was not recorded');
  const event = await calendar.createEvent(WATCHED_ORGANISER, { ...booking, body: '' });
  await store.bookings.markBooked(booking.id, event);
  return event;
};
