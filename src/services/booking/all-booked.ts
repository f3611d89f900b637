import { unfinishedProgrammes } from '../../domain/programme/index.js';
import { userError, type UserError } from '../../domain/shared/index.js';
import type { Booking, Store } from '../ports/index.js';
import { withCardsOnTheWay } from './cards-on-the-way.js';

/**
 * Nothing left to plan: every session is in a confirmed plan. If that plan's booking did not finish, say what is
 * left in the very words `status` uses, rather than calling it booked.
 */
export const allConfirmed = async (store: Store, what: string, bookings: Booking[]): Promise<UserError> => {
  const invitations = await store.invitations.forBookings(bookings.map((b) => b.id));
  const reviewId = bookings[0]?.reviewId;
  const left = unfinishedProgrammes(bookings, reviewId ? await withCardsOnTheWay(store, reviewId, invitations) : invitations);
  return left
    ? userError('SCHEDULING.NOTHING_TO_PLACE', `All ${what} are in a confirmed plan already. ${left}`)
    : userError('SCHEDULING.NOTHING_TO_PLACE', `All ${what} are booked already. Send **status** to see the replies.`);
};
