import { ok, type Result } from '../../domain/shared/index.js';
import { currentReview } from '../shared/index.js';
import type { MySessions, Store } from '../ports/index.js';

/** The asker's own invitations in the current review, in time order. Anyone may ask. */
export const mySessions = async (store: Store, asker: string): Promise<Result<MySessions>> => {
  const current = await currentReview(store.reviews);
  if (!current.ok) return current;
  const bookings = new Map((await store.bookings.forReview(current.value.id)).map((b) => [b.id, b]));
  const sessions = (await store.invitations.forEmail(current.value.id, asker))
    .flatMap((invitation) => {
      const booking = bookings.get(invitation.bookingId);
      return booking && booking.status === 'booked' ? [{ booking, invitation }] : [];
    })
    .sort((a, b) => a.booking.start.localeCompare(b.booking.start));
  return ok({ stored: current.value, sessions });
};
