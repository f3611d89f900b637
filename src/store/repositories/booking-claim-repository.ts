import { sql, type Kysely } from 'kysely';
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
      // The row lock of this update is what makes simultaneous confirms take turns; the review test is in the
      // same statement, so an import that lands in between cannot slip under it.
      const latestReview = trx.selectFrom('reviews').select('id').orderBy('imported_at', 'desc').orderBy(sql`seq`, 'desc').limit(1);
      const moved = await trx
        .updateTable('proposals')
        .set({ status: 'booking' })
        .where('id', '=', proposalId)
        .where('status', '=', 'proposed')
        .where('review_id', '=', latestReview)
        .returning('id')
        .executeTakeFirst();
      let claim: BookingClaim = 'claimed';
      if (!moved) {
        const row = await trx
          .selectFrom('proposals')
          .select(['status', 'review_id'])
          .select((eb) => eb(eb.ref('review_id'), '=', latestReview).as('current'))
          .where('id', '=', proposalId)
          .forUpdate()
          .executeTakeFirst();
        claim = !row ? 'missing' : row.status === 'proposed' || (row.status === 'booking' && !row.current) ? 'superseded' : row.status === 'booking' ? 'resumed' : row.status;
        if (claim !== 'resumed') return claim;
      }
      await insertIntents(trx, intents);
      const bookings = await trx.selectFrom('bookings').select(['id', 'review_id', 'attendees']).where('proposal_id', '=', proposalId).execute();
      await insertInvitations(trx, bookings.map((b) => ({ reviewId: b.review_id, bookingId: b.id, emails: b.attendees })));
      return claim;
    });
  }
}
