/**
 * The demo review (examples/shropshire-2026.yaml) carried through the real planners and booking rules, for tests
 * that need what the bot would hold on the demo: the plans, the bookings made from them, the invitations.
 */
import { readFileSync } from 'node:fs';
import { planCaseReviews } from '../../src/domain/case-reviews/index.js';
import { planOnSite } from '../../src/domain/on-site/index.js';
import { parseReviewFile } from '../../src/domain/review-file/index.js';
import { fileBusy } from '../../src/domain/shared/index.js';
import type { Rsvp } from '../../src/domain/invitations/index.js';
import { caseReviewBookings } from '../../src/services/booking/case-review-bookings.js';
import { onSiteBookings } from '../../src/services/booking/on-site-bookings.js';
import type { Booking, CaseReviewsProposal, Invitation, OnSiteProposal, StoredReview } from '../../src/services/ports/index.js';
import { onSiteReview } from './on-site-review.js';

const parse = (text: string) => {
  const parsed = parseReviewFile(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
// Read here rather than from demo-people.ts, which brings the whole bot with it.
export const demoReview = parse(readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8'));

export const demoStored: StoredReview = { id: 'demo', key: 'shropshire send peer challenge 2026', revision: 1, review: demoReview, importedBy: 'alex.rowan@shropshire.example', importedAt: '2026-01-05T09:00:00.000Z' };

const busy = fileBusy(demoReview);

export const caseReviewsProposal: CaseReviewsProposal = {
  id: 'proposal-cases', reviewId: demoStored.id, revision: 1, kind: 'caseReviews', status: 'proposed', createdBy: demoStored.importedBy,
  plan: planCaseReviews(demoReview, busy),
};

export const onSiteProposal: OnSiteProposal = {
  id: 'proposal-on-site', reviewId: demoStored.id, revision: 1, kind: 'onSite', status: 'proposed', createdBy: demoStored.importedBy,
  plan: planOnSite(demoReview, busy),
};

const booked = (planned: { intent: Omit<Booking, 'id' | 'status'> }[], prefix: string): Booking[] =>
  planned.map(({ intent }, n) => ({
    ...intent,
    id: `${prefix}${n + 1}`,
    status: 'booked',
    ...(intent.online ? { joinUrl: `https://teams.local.example/meet/${prefix}${n + 1}` } : {}),
  }));

/** Every booking Confirm makes on the demo: the 16 case-review calls, then the on-site week, each in time order. */
export const demoBookings: Booking[] = [
  ...booked(caseReviewBookings(demoStored, caseReviewsProposal), 'case-'),
  ...booked(onSiteBookings(demoStored, onSiteProposal), 'site-'),
];

export const bookingOf = (sessionId: string): Booking => {
  const booking = demoBookings.find((b) => b.sessionId === sessionId);
  if (!booking) throw new Error(`no demo booking for ${sessionId}`);
  return booking;
};

/** A mix of answers, the same on every run: every seventh invitee declined, some are unsure, many are silent. */
const rsvpFor = (n: number): Rsvp => (n % 7 === 3 ? 'declined' : n % 5 === 1 ? 'tentative' : n % 3 === 0 ? 'accepted' : 'pending');

export const demoInvitations: Invitation[] = demoBookings.flatMap((booking, b) =>
  booking.attendees.map((email, a) => {
    const rsvp = rsvpFor(b + a);
    return {
      id: `${booking.id}-${a + 1}`, reviewId: demoStored.id, bookingId: booking.id, email, rsvp,
      ...(rsvp === 'declined' ? { reason: 'On leave that week' } : {}),
    };
  }),
);

export const invitationOf = (booking: Booking, email: string): Invitation => {
  const invitation = demoInvitations.find((i) => i.bookingId === booking.id && i.email === email);
  if (!invitation) throw new Error(`${email} is not invited to ${booking.subject}`);
  return invitation;
};

/** The booking tests' four-stream week (on-site-review.ts), with sessions enough that its programme needs a card per day. */
export const bigOnSite = (() => {
  const review = parse(onSiteReview(122));
  const proposal: OnSiteProposal = { ...onSiteProposal, reviewId: 'big', plan: planOnSite(review, fileBusy(review)) };
  return { review, proposal };
})();
