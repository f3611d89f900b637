import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type UpdateObject } from 'kysely';
import type { Rsvp } from '../../domain/invitations/index.js';
import type { AnswerRecorded, Booking, Invitation, InvitationRepository } from '../../services/ports/index.js';
import { isoString, isUuid, lowerCase, optional, uniqueEmails } from '../column-values.js';
import type { BookingsTable, Database, InvitationsTable } from '../schema.js';
import { toBooking } from './booking-repository.js';

export class SqlInvitationRepository implements InvitationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async ensure(reviewId: string, bookingId: string, emails: string[]): Promise<Invitation[]> {
    const wanted = uniqueEmails(emails);
    if (wanted.length === 0) return [];
    await insertInvitations(this.db, [{ reviewId, bookingId, emails: wanted }]);
    const rows = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('booking_id', '=', bookingId)
      .where('email', 'in', wanted)
      .execute();
    return rows
      .sort((a, b) => wanted.indexOf(a.email) - wanted.indexOf(b.email))
      .map(toInvitation);
  }

  async get(id: string): Promise<Invitation | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toInvitation(row);
  }

  async withBooking(id: string): Promise<{ invitation: Invitation; booking: Booking; reviewVersion: number } | undefined> {
    if (!isUuid(id)) return undefined;
    // Each row as one JSON object: the two tables share column names. JSON gives timestamps as ISO strings.
    const row = await this.db
      .selectFrom('invitations')
      .innerJoin('bookings', 'bookings.id', 'invitations.booking_id')
      .innerJoin('reviews', 'reviews.id', 'invitations.review_id')
      .select([
        sql<Selectable<InvitationsTable>>`to_jsonb(invitations.*)`.as('invitation'),
        sql<Selectable<BookingsTable>>`to_jsonb(bookings.*)`.as('booking'),
        'reviews.version as reviewVersion',
      ])
      .where('invitations.id', '=', id)
      .executeTakeFirst();
    return row && { invitation: toInvitation(row.invitation), booking: toBooking(row.booking), reviewVersion: row.reviewVersion };
  }

  async forReview(reviewId: string): Promise<Invitation[]> {
    return this.find(reviewId);
  }

  async forEmail(reviewId: string, email: string): Promise<Invitation[]> {
    return this.find(reviewId, lowerCase(email));
  }

  async answer(id: string, rsvp: Rsvp, reason: string | undefined, at: string): Promise<Invitation> {
    const row = isUuid(id)
      ? await this.db
          .updateTable('invitations')
          .set({ rsvp, reason: reason ?? null, answered_at: at })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst()
      : undefined;
    if (!row) throw new Error(`No invitation ${id}`);
    return toInvitation(row);
  }

  async answerAs(id: string, email: string, rsvp: Rsvp, reason: string | undefined, at: string): Promise<AnswerRecorded | undefined> {
    if (!isUuid(id)) return undefined;
    // One statement: the row is locked as it is read, so `before` is the answer this one replaces, even when two presses race.
    const { rows } = await sql<{ before: Selectable<InvitationsTable>; answered: Selectable<InvitationsTable> | null; booking: Selectable<BookingsTable>; reviewVersion: number }>`
      with before as (select * from invitations where id = ${id} for update),
      answered as (
        update invitations set rsvp = ${rsvp}, reason = ${reason ?? null}, answered_at = ${at}
        where id = (
          select before.id from before join bookings on bookings.id = before.booking_id
          where before.email = ${lowerCase(email)} and before.removed_at is null and bookings.status <> 'cancelled'
        )
        returning *
      )
      select to_jsonb(before.*) as before, (select to_jsonb(answered.*) from answered) as answered, to_jsonb(bookings.*) as booking, reviews.version as "reviewVersion"
      from before join bookings on bookings.id = before.booking_id join reviews on reviews.id = before.review_id`.execute(this.db);
    const row = rows[0];
    if (!row) return undefined;
    return {
      before: toInvitation(row.before),
      ...(row.answered ? { invitation: toInvitation(row.answered) } : {}),
      booking: toBooking(row.booking),
      reviewVersion: row.reviewVersion,
    };
  }

  async allOf(bookingId: string): Promise<Invitation[]> {
    if (!isUuid(bookingId)) return [];
    const rows = await this.db.selectFrom('invitations').selectAll().where('booking_id', '=', bookingId).orderBy('email').execute();
    return rows.map(toInvitation);
  }

  async forBookings(bookingIds: string[]): Promise<Invitation[]> {
    const ids = bookingIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('invitations').selectAll().where('booking_id', 'in', ids).where('removed_at', 'is', null).orderBy('email').execute();
    const order = new Map(ids.map((id, n) => [id, n]));
    return rows.sort((a, b) => order.get(a.booking_id)! - order.get(b.booking_id)!).map(toInvitation);
  }

  async markCardSent(id: string, at: string, activityId?: string): Promise<void> {
    await this.mark(id, { card_sent_at: at, card_missed_at: null, card_activity_id: activityId ?? null });
  }

  async markReminded(ids: string[], at: string): Promise<void> {
    const valid = ids.filter(isUuid);
    if (valid.length > 0) await this.db.updateTable('invitations').set({ reminded_at: at }).where('id', 'in', valid).execute();
  }

  async markCardMissed(id: string, at: string): Promise<void> {
    await this.mark(id, { card_missed_at: at });
  }

  private async mark(id: string, values: UpdateObject<Database, 'invitations'>): Promise<void> {
    const result = isUuid(id) ? await this.db.updateTable('invitations').set(values).where('id', '=', id).executeTakeFirstOrThrow() : undefined;
    if (!result || result.numUpdatedRows === 0n) throw new Error(`No invitation ${id}`);
  }

  /** In the order of the sessions, then by email. */
  private async find(reviewId: string, email?: string): Promise<Invitation[]> {
    if (!isUuid(reviewId)) return [];
    let query = this.db
      .selectFrom('invitations')
      .innerJoin('bookings', 'bookings.id', 'invitations.booking_id')
      .selectAll('invitations')
      .where('invitations.review_id', '=', reviewId)
      .where('invitations.removed_at', 'is', null)
      .where('bookings.status', '<>', 'cancelled');
    if (email !== undefined) query = query.where('invitations.email', '=', email);
    const rows = await query
      .orderBy('bookings.start_at')
      .orderBy('bookings.session_id')
      .orderBy('invitations.email')
      .execute();
    return rows.map(toInvitation);
  }
}

/** One pending invitation per (booking, email); invitations that exist already are kept as they are. */
export const insertInvitations = async (
  db: Kysely<Database>,
  wanted: { reviewId: string; bookingId: string; emails: string[] }[],
): Promise<void> => {
  const rows = wanted.flatMap(({ reviewId, bookingId, emails }) =>
    uniqueEmails(emails).map((email) => ({ id: randomUUID(), review_id: reviewId, booking_id: bookingId, email, rsvp: 'pending' as const })),
  );
  if (rows.length === 0) return;
  await db.insertInto('invitations').values(rows).onConflict((conflict) => conflict.columns(['booking_id', 'email']).doNothing()).execute();
};

const optionalIso = (value: Date | string | null): string | undefined => (value === null ? undefined : isoString(value));

export const toInvitation = (row: Selectable<InvitationsTable>): Invitation => ({
  id: row.id,
  reviewId: row.review_id,
  bookingId: row.booking_id,
  email: row.email,
  rsvp: row.rsvp,
  reason: optional(row.reason),
  answeredAt: optionalIso(row.answered_at),
  cardSentAt: optionalIso(row.card_sent_at),
  cardMissedAt: optionalIso(row.card_missed_at),
  cardActivityId: optional(row.card_activity_id),
  remindedAt: optionalIso(row.reminded_at),
  removedAt: optionalIso(row.removed_at),
  ...(row.previous_start !== null && row.previous_end !== null ? { movedFrom: { start: isoString(row.previous_start), end: isoString(row.previous_end) } } : {}),
});
