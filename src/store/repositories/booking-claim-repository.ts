import type { Kysely } from 'kysely';
import type { BookingClaim, BookingClaimRepository, BookingIntent } from '../../services/ports/index.js';
import { insertIntents } from './booking-repository.js';
import { isUuid } from '../column-values.js';
import { insertInvitations } from './invitation-repository.js';
import type { Database } from '../schema.js';

export class SqlBookingClaims implements BookingClaimRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(proposalId: string, intents: BookingIntent[]): Promise<BookingClaim> {
    if (!isUuid(proposalId)) return 'missing';
    return this.db.transaction().execute(async (trx) => {
      // The row lock of this update is what makes simultaneous confirms take turns; the revision test is in the
      // same statement, so a re-import that lands in between cannot slip under it.
      const moved = await trx
        .updateTable('proposals')
        .set({ status: 'booking' })
        .where('id', '=', proposalId)
        .where('status', '=', 'proposed')
        .where(({ eb, selectFrom }) => eb('proposals.revision', '=', selectFrom('reviews').select('reviews.revision').whereRef('reviews.id', '=', 'proposals.review_id')))
        .returning('id')
        .executeTakeFirst();
      let claim: BookingClaim = 'claimed';
      if (!moved) {
        const row = await trx.selectFrom('proposals').select('status').where('id', '=', proposalId).forUpdate().executeTakeFirst();
        // A booking begun before a re-import is still the one confirmed: it goes on, and the next revision's changes
        // are proposed against it. A plan of an earlier revision not yet confirmed is superseded.
        claim = !row ? 'missing' : row.status === 'proposed' ? 'superseded' : row.status === 'booking' ? 'resumed' : row.status;
        if (claim !== 'resumed') return claim;
      }
      await insertIntents(trx, intents);
      const bookings = await trx.selectFrom('bookings').select(['id', 'review_id', 'attendees']).where('proposal_id', '=', proposalId).where('status', '<>', 'cancelled').execute();
      await insertInvitations(trx, bookings.map((b) => ({ reviewId: b.review_id, bookingId: b.id, emails: b.attendees })));
      return claim;
    });
  }
}
