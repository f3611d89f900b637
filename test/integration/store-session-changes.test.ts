import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Booking, BookingIntent, SessionUpdate } from '../../src/services/ports/index.js';
import { describeEachDatabase, type DatabaseContext } from '../support/databases.js';
import { northshire } from '../support/northshire.js';

const AT = '2026-01-10T12:00:00.000Z';

const bookedSession = async (context: DatabaseContext): Promise<Booking> => {
  const { id: reviewId } = await context.store.reviews.save({ ...northshire(), key: randomUUID() }, 'lead@council.example');
  const proposal = await context.store.proposals.create({ revision: 1, reviewId, kind: 'caseReviews', plan: { placed: [], unplaced: [] }, createdBy: 'lead@council.example' });
  const intent: BookingIntent = {
    reviewId,
    proposalId: proposal.id,
    sessionId: 'C1',
    kind: 'caseReview',
    transactionId: randomUUID(),
    subject: 'Case review C1',
    start: '2026-01-14T09:00:00.000Z',
    end: '2026-01-14T10:00:00.000Z',
    attendees: ['peer@other.example', 'worker@council.example'],
    online: true,
  };
  const [booking] = await context.store.bookings.recordIntents([intent]);
  await context.store.bookings.markBooked(booking!.id, { id: 'event-1', iCalUId: 'ical-1', joinUrl: 'https://teams.example/join' });
  const invitations = await context.store.invitations.ensure(reviewId, booking!.id, intent.attendees);
  for (const invitation of invitations) await context.store.invitations.answer(invitation.id, 'accepted', undefined, AT);
  return (await context.store.bookings.get(booking!.id))!;
};

const update = (booking: Booking, change: Partial<SessionUpdate>): SessionUpdate => ({
  sessionId: booking.sessionId,
  subject: booking.subject,
  start: booking.start,
  end: booking.end,
  attendees: booking.attendees,
  online: booking.online,
  ...change,
});

const answers = async (context: DatabaseContext, booking: Booking) =>
  (await context.store.invitations.forBookings([booking.id])).map((i) => [i.email, i.rsvp, i.movedFrom?.start ?? null]);

describeEachDatabase('a booked session changed after booking', (context) => {
  it('swaps a person: the newcomer is invited, the one gone is removed, the others keep their answers', async () => {
    const booking = await bookedSession(context);
    const swapped = update(booking, { attendees: ['peer@other.example', 'New.Worker@council.example'] });
    const touched = await context.store.bookings.applyUpdate(booking.id, swapped, AT);
    expect(touched.added.map((i) => [i.email, i.rsvp])).toEqual([['new.worker@council.example', 'pending']]);
    expect(touched.removed.map((i) => [i.email, i.removedAt])).toEqual([['worker@council.example', AT]]);
    expect(touched.askedAgain).toEqual([]);
    expect(await answers(context, booking)).toEqual([
      ['new.worker@council.example', 'pending', null],
      ['peer@other.example', 'accepted', null],
    ]);
    const reviewWide = await context.store.invitations.forReview(booking.reviewId);
    expect(reviewWide.map((i) => i.email)).not.toContain('worker@council.example');
    const gone = touched.removed[0]!;
    expect((await context.store.invitations.get(gone.id))?.removedAt).toBe(AT);
    expect((await context.store.bookings.get(booking.id))?.attendees).toEqual(['peer@other.example', 'new.worker@council.example']);
    expect(await context.store.bookings.applyUpdate(booking.id, swapped, AT)).toEqual({ added: [], removed: [], askedAgain: [] });
  });

  it('moves a session: everyone still in it is asked again, keeping the time it moved from', async () => {
    const booking = await bookedSession(context);
    const moved = update(booking, { start: '2026-01-15T13:00:00.000Z', end: '2026-01-15T14:00:00.000Z', attendees: ['peer@other.example', 'other@council.example'] });
    const touched = await context.store.bookings.applyUpdate(booking.id, moved, AT);
    expect(touched.askedAgain.map((i) => [i.email, i.rsvp, i.movedFrom])).toEqual([
      ['peer@other.example', 'pending', { start: booking.start, end: booking.end }],
    ]);
    expect(touched.added.map((i) => [i.email, i.movedFrom])).toEqual([['other@council.example', undefined]]);
    expect(await answers(context, booking)).toEqual([
      ['other@council.example', 'pending', null],
      ['peer@other.example', 'pending', booking.start],
    ]);
    const after = await context.store.bookings.get(booking.id);
    expect([after?.start, after?.end, after?.joinUrl]).toEqual([moved.start, moved.end, 'https://teams.example/join']);
    expect(await context.store.bookings.applyUpdate(booking.id, moved, AT)).toEqual({ added: [], removed: [], askedAgain: [] });
  });

  it('asks someone removed and wanted again afresh', async () => {
    const booking = await bookedSession(context);
    const gone = await context.store.bookings.applyUpdate(booking.id, update(booking, { attendees: ['peer@other.example'] }), AT);
    const back = await context.store.bookings.applyUpdate(booking.id, update(booking, { attendees: ['peer@other.example', 'worker@council.example'] }), AT);
    expect(back.added.map((i) => [i.email, i.rsvp, i.removedAt, i.cardSentAt])).toEqual([['worker@council.example', 'pending', undefined, undefined]]);
    expect(back.added[0]?.id).not.toBe(gone.removed[0]?.id);
    expect(await context.store.invitations.get(gone.removed[0]!.id)).toBeUndefined();
  });

  it('cancels once; the session may then be booked again', async () => {
    const booking = await bookedSession(context);
    expect(await context.store.bookings.cancel(booking.id)).toBe(true);
    expect(await context.store.bookings.cancel(booking.id)).toBe(false);
    expect((await context.store.bookings.get(booking.id))?.status).toBe('cancelled');
    expect(await context.store.bookings.forReview(booking.reviewId)).toEqual([]);
    expect(await context.store.invitations.forReview(booking.reviewId)).toEqual([]);
    expect(await context.store.bookings.applyUpdate(booking.id, update(booking, { attendees: [] }), AT)).toEqual({ added: [], removed: [], askedAgain: [] });
    const again = await context.store.bookings.recordIntents([{ ...booking, transactionId: randomUUID() }]);
    expect(again.map((b) => [b.sessionId, b.status])).toEqual([['C1', 'pending']]);
    expect(again[0]?.id).not.toBe(booking.id);
  });
});

describeEachDatabase('answers once a session has changed', (context) => {
  it('records no answer from someone removed, nor on a cancelled session', async () => {
    const booking = await bookedSession(context);
    const touched = await context.store.bookings.applyUpdate(booking.id, update(booking, { attendees: ['peer@other.example'] }), AT);
    const removed = touched.removed[0]!;
    const refused = await context.store.invitations.answerAs(removed.id, removed.email, 'declined', undefined, AT);
    expect([refused?.invitation, refused?.before.removedAt]).toEqual([undefined, AT]);
    const [peer] = await context.store.invitations.forBookings([booking.id]);
    await context.store.bookings.cancel(booking.id);
    const onCancelled = await context.store.invitations.answerAs(peer!.id, peer!.email, 'declined', undefined, AT);
    expect([onCancelled?.invitation, onCancelled?.booking.status, (await context.store.invitations.get(peer!.id))?.rsvp]).toEqual([undefined, 'cancelled', 'accepted']);
  });
});
