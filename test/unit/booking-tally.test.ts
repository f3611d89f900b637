import { describe, expect, it } from 'vitest';
import { tallyBookings, unfinishedBooking } from '../../src/domain/programme/booking-tally.js';

const bookings = [
  { id: 'b1', status: 'booked' },
  { id: 'b2', status: 'pending' },
  { id: 'b3', status: 'failed' },
];

describe('what is left of a confirmed booking', () => {
  it('counts sessions out of the calendar and cards due only for sessions in it', () => {
    const tally = tallyBookings(bookings, [
      { bookingId: 'b1', cardSentAt: '2026-03-02T09:00:00Z' },
      { bookingId: 'b1' },
      { bookingId: 'b1', cardMissedAt: '2026-03-02T09:00:00Z' },
      { bookingId: 'b1', cardOnItsWay: true },
      { bookingId: 'b2' },
      { bookingId: 'b2', cardOnItsWay: true },
    ]);
    expect(tally).toEqual({ sessions: 3, inCalendar: 1, cardsDue: 1, cardsOnTheWay: 1 });
    expect(unfinishedBooking(tally)).toBe('2 of 3 sessions are not in the calendar yet and 1 invite card has not been sent: send **finish booking** to finish. 1 invite card is on the way.');
  });

  it('says only what is left, and nothing when all is done', () => {
    expect(unfinishedBooking({ sessions: 38, inCalendar: 37, cardsDue: 0, cardsOnTheWay: 0 })).toBe('1 of 38 sessions is not in the calendar yet: send **finish booking** to finish.');
    expect(unfinishedBooking({ sessions: 38, inCalendar: 38, cardsDue: 130, cardsOnTheWay: 0 })).toBe('130 invite cards have not been sent: send **finish booking** to finish.');
    expect(unfinishedBooking({ sessions: 38, inCalendar: 38, cardsDue: 0, cardsOnTheWay: 0 })).toBeUndefined();
    expect(unfinishedBooking({ sessions: 0, inCalendar: 0, cardsDue: 0, cardsOnTheWay: 0 })).toBeUndefined();
  });

  it('asks for nothing while the cards left are queued: the outbox sends them by itself', () => {
    expect(unfinishedBooking({ sessions: 38, inCalendar: 38, cardsDue: 0, cardsOnTheWay: 70 })).toBe('70 invite cards are on the way.');
    expect(unfinishedBooking({ sessions: 38, inCalendar: 38, cardsDue: 2, cardsOnTheWay: 1 })).toBe(
      '2 invite cards have not been sent: send **finish booking** to finish. 1 invite card is on the way.',
    );
  });
});
