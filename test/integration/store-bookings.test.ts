import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { BookingIntent } from '../../src/services/ports/index.js';
import { describeEachDatabase, type DatabaseContext } from '../support/databases.js';
import { northshire } from '../support/northshire.js';

const review = northshire();

const newProposal = async (context: DatabaseContext) => {
  const { id: reviewId } = await context.store.reviews.save({ ...review, key: randomUUID() }, 'lead@council.example');
  const proposal = await context.store.proposals.create({
    revision: 1,
    reviewId,
    kind: 'caseReviews',
    plan: { placed: [], unplaced: [] },
    createdBy: 'lead@council.example',
  });
  return { reviewId, proposalId: proposal.id };
};

const intent = (ids: { reviewId: string; proposalId: string }, sessionId: string, hour: number): BookingIntent => ({
  ...ids,
  sessionId,
  kind: 'caseReview',
  transactionId: `${ids.proposalId}:${sessionId}`,
  subject: `Case review ${sessionId}`,
  start: `2026-01-14T${String(hour).padStart(2, '0')}:00:00.000Z`,
  end: `2026-01-14T${String(hour + 1).padStart(2, '0')}:00:00.000Z`,
  attendees: ['Peer@Other.example', 'worker@council.example'],
  online: true,
});

const countBookings = async (context: DatabaseContext, reviewId: string): Promise<number> => {
  const row = await context.db
    .selectFrom('bookings')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('review_id', '=', reviewId)
    .executeTakeFirstOrThrow();
  return row.count;
};

describeEachDatabase('store bookings and invitations', (context) => {
  describe('bookings', () => {
    it('records intents as pending bookings, in the order given', async () => {
      const ids = await newProposal(context);
      const bookings = await context.store.bookings.recordIntents([intent(ids, 'C2', 11), intent(ids, 'C1', 9)]);
      expect(bookings.map((booking) => booking.sessionId)).toEqual(['C2', 'C1']);
      expect(bookings[1]).toEqual({
        ...intent(ids, 'C1', 9),
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        attendees: ['peer@other.example', 'worker@council.example'],
        status: 'pending',
        location: undefined,
        eventId: undefined,
        iCalUId: undefined,
        joinUrl: undefined,
        error: undefined,
      });
      expect(await context.store.bookings.get(bookings[1]!.id)).toEqual(bookings[1]);
      expect((await context.store.bookings.forReview(ids.reviewId)).map((booking) => booking.sessionId)).toEqual([
        'C1',
        'C2',
      ]);
    });

    it('records the same intents twice as the same rows, once', async () => {
      const ids = await newProposal(context);
      const intents = [intent(ids, 'C1', 9), intent(ids, 'C2', 10)];
      const first = await context.store.bookings.recordIntents(intents);
      const again = await context.store.bookings.recordIntents(intents);
      expect(again).toEqual(first);
      expect(await countBookings(context, ids.reviewId)).toBe(2);
      const twiceInOne = await context.store.bookings.recordIntents([intent(ids, 'C3', 11), intent(ids, 'C3', 11)]);
      expect(twiceInOne.map((booking) => booking.sessionId)).toEqual(['C3']);
      expect(await countBookings(context, ids.reviewId)).toBe(3);
    });

    it('keeps the first booking of a session when a later intent differs', async () => {
      const ids = await newProposal(context);
      const [booked] = await context.store.bookings.recordIntents([intent(ids, 'C1', 9)]);
      await context.store.bookings.markBooked(booked!.id, { id: 'event-1', iCalUId: 'uid-1' });
      const [kept, added] = await context.store.bookings.recordIntents([
        { ...intent(ids, 'C1', 14), transactionId: 'another' },
        intent(ids, 'C3', 15),
      ]);
      expect(kept).toMatchObject({ id: booked!.id, start: '2026-01-14T09:00:00.000Z', status: 'booked' });
      expect(added).toMatchObject({ sessionId: 'C3', status: 'pending' });
      expect(await countBookings(context, ids.reviewId)).toBe(2);
      expect(await context.store.bookings.recordIntents([])).toEqual([]);
    });

    it('marks a booking booked with its event, or failed with the error', async () => {
      const ids = await newProposal(context);
      const [one, two] = await context.store.bookings.recordIntents([
        { ...intent(ids, 'C1', 9), online: false, location: 'Room 4' },
        intent(ids, 'C2', 10),
      ]);
      await context.store.bookings.markFailed(one!.id, 'Graph said 503');
      expect(await context.store.bookings.get(one!.id)).toMatchObject({
        status: 'failed',
        error: 'Graph said 503',
        location: 'Room 4',
        online: false,
      });
      await context.store.bookings.markBooked(one!.id, { id: 'event-1', iCalUId: 'uid-1' });
      const rebooked = await context.store.bookings.get(one!.id);
      expect(rebooked).toMatchObject({ status: 'booked', eventId: 'event-1', iCalUId: 'uid-1' });
      expect(rebooked?.error).toBeUndefined();
      expect(rebooked?.joinUrl).toBeUndefined();
      await context.store.bookings.markBooked(two!.id, { id: 'e2', iCalUId: 'u2', joinUrl: 'https://join.example/2' });
      expect((await context.store.bookings.get(two!.id))?.joinUrl).toBe('https://join.example/2');
      await expect(context.store.bookings.markFailed('6f1c1c9e-0000-4000-8000-000000000000', 'x')).rejects.toThrow(
        /No booking/,
      );
      expect(await context.store.bookings.get('not-a-uuid')).toBeUndefined();
    });
  });

  describe('invitations', () => {
    const newBookings = async () => {
      const ids = await newProposal(context);
      const bookings = await context.store.bookings.recordIntents([intent(ids, 'C2', 11), intent(ids, 'C1', 9)]);
      return { reviewId: ids.reviewId, later: bookings[0]!, earlier: bookings[1]! };
    };

    it('ensures one pending invitation per booking and email, keeping answered ones', async () => {
      const { reviewId, earlier } = await newBookings();
      const first = await context.store.invitations.ensure(reviewId, earlier.id, ['B@x.example', 'a@x.example', 'b@x.example']);
      expect(first.map((invitation) => [invitation.email, invitation.rsvp])).toEqual([
        ['b@x.example', 'pending'],
        ['a@x.example', 'pending'],
      ]);
      await context.store.invitations.answer(first[0]!.id, 'declined', 'On leave', '2026-01-10T12:00:00.000Z');
      const again = await context.store.invitations.ensure(reviewId, earlier.id, ['a@x.example', 'b@x.example', 'c@x.example']);
      expect(again.map((invitation) => [invitation.email, invitation.rsvp])).toEqual([
        ['a@x.example', 'pending'],
        ['b@x.example', 'declined'],
        ['c@x.example', 'pending'],
      ]);
      expect(again[0]!.id).toBe(first[1]!.id);
      expect(await context.store.invitations.ensure(reviewId, earlier.id, [])).toEqual([]);
    });

    it('records an answer with its reason and time', async () => {
      const { reviewId, earlier } = await newBookings();
      const [invitation] = await context.store.invitations.ensure(reviewId, earlier.id, ['a@x.example']);
      expect(invitation).toEqual({
        id: expect.any(String),
        reviewId,
        bookingId: earlier.id,
        email: 'a@x.example',
        rsvp: 'pending',
        reason: undefined,
        answeredAt: undefined,
        cardSentAt: undefined,
      });
      const answered = await context.store.invitations.answer(invitation!.id, 'tentative', 'Maybe', '2026-01-10T12:00:00Z');
      expect(answered).toMatchObject({ rsvp: 'tentative', reason: 'Maybe', answeredAt: '2026-01-10T12:00:00.000Z' });
      expect(await context.store.invitations.get(invitation!.id)).toEqual(answered);
      const accepted = await context.store.invitations.answer(invitation!.id, 'accepted', undefined, '2026-01-11T08:30:00Z');
      expect(accepted.reason).toBeUndefined();
      await expect(
        context.store.invitations.answer('6f1c1c9e-0000-4000-8000-000000000000', 'accepted', undefined, '2026-01-11T08:30:00Z'),
      ).rejects.toThrow(/No invitation/);
      expect(await context.store.invitations.get('nope')).toBeUndefined();
    });

    it('records an answer only for the invitation’s own person, with what it replaced, its booking and the review’s version', async () => {
      const { reviewId, earlier } = await newBookings();
      const [invitation] = await context.store.invitations.ensure(reviewId, earlier.id, ['a@x.example']);
      const id = invitation!.id;
      const notTheirs = await context.store.invitations.answerAs(id, 'b@x.example', 'declined', 'Not me', '2026-01-10T12:00:00Z');
      expect(notTheirs?.before.rsvp).toBe('pending');
      expect(notTheirs?.invitation).toBeUndefined();
      expect((await context.store.invitations.get(id))?.rsvp).toBe('pending');

      const recorded = await context.store.invitations.answerAs(id, 'A@x.example', 'declined', 'On leave', '2026-01-10T12:00:00Z');
      expect(recorded).toMatchObject({ before: { rsvp: 'pending' }, invitation: { rsvp: 'declined', reason: 'On leave', answeredAt: '2026-01-10T12:00:00.000Z' }, booking: { id: earlier.id } });
      const { version } = await context.db.selectFrom('reviews').select('version').where('id', '=', reviewId).executeTakeFirstOrThrow();
      expect(recorded?.reviewVersion).toBe(version);
      expect(await context.store.invitations.get(id)).toEqual(recorded?.invitation);

      // Two presses at once: each replaces a different answer, so only one of them finds the old one.
      const both = await Promise.all([
        context.store.invitations.answerAs(id, 'a@x.example', 'accepted', undefined, '2026-01-11T08:30:00Z'),
        context.store.invitations.answerAs(id, 'a@x.example', 'tentative', undefined, '2026-01-11T08:30:01Z'),
      ]);
      const replaced = both.map((r) => r?.before.rsvp);
      expect(replaced.filter((rsvp) => rsvp === 'declined')).toHaveLength(1);
      // The other replaced whichever of the two answers went first.
      expect(['accepted', 'tentative']).toContain(replaced.find((rsvp) => rsvp !== 'declined'));

      expect(await context.store.invitations.answerAs('6f1c1c9e-0000-4000-8000-000000000000', 'a@x.example', 'accepted', undefined, '2026-01-11T08:30:00Z')).toBeUndefined();
      expect(await context.store.invitations.answerAs('nope', 'a@x.example', 'accepted', undefined, '2026-01-11T08:30:00Z')).toBeUndefined();
    });

    it('marks when the invite card was sent', async () => {
      const { reviewId, earlier } = await newBookings();
      const [invitation] = await context.store.invitations.ensure(reviewId, earlier.id, ['a@x.example']);
      await context.store.invitations.markCardSent(invitation!.id, '2026-01-12T10:15:00.000Z');
      expect((await context.store.invitations.get(invitation!.id))?.cardSentAt).toBe('2026-01-12T10:15:00.000Z');
      await expect(context.store.invitations.markCardSent('nope', '2026-01-12T10:15:00.000Z')).rejects.toThrow(/No invitation/);
    });

    it('lists a review’s invitations in session order, and one person’s', async () => {
      const { reviewId, earlier, later } = await newBookings();
      await context.store.invitations.ensure(reviewId, later.id, ['b@x.example', 'a@x.example']);
      await context.store.invitations.ensure(reviewId, earlier.id, ['b@x.example']);
      const all = await context.store.invitations.forReview(reviewId);
      expect(all.map((invitation) => [invitation.bookingId, invitation.email])).toEqual([
        [earlier.id, 'b@x.example'],
        [later.id, 'a@x.example'],
        [later.id, 'b@x.example'],
      ]);
      const mine = await context.store.invitations.forEmail(reviewId, 'B@X.example');
      expect(mine.map((invitation) => invitation.bookingId)).toEqual([earlier.id, later.id]);
      const other = await newBookings();
      expect(await context.store.invitations.forReview(other.reviewId)).toEqual([]);
    });
  });
});
