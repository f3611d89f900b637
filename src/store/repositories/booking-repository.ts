import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Booking, BookingIntent, BookingRepository, CalendarEvent, SessionUpdate, UpdatedInvitations } from '../../services/ports/index.js';
import { isoString, isUuid, json, optional, uniqueEmails } from '../column-values.js';
import type { BookingsTable, Database } from '../schema.js';
import { applySessionUpdate } from './session-update.js';

export class SqlBookingRepository implements BookingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async recordIntents(intents: BookingIntent[]): Promise<Booking[]> {
    if (intents.length === 0) return [];
    await insertIntents(this.db, intents);
    const rows = await this.db
      .selectFrom('bookings')
      .selectAll()
      .where((eb) =>
        eb.or(
          intents.map((intent) =>
            eb.and([eb('review_id', '=', intent.reviewId), eb('session_id', '=', intent.sessionId)]),
          ),
        ),
      )
      .where('status', '<>', 'cancelled')
      .execute();
    // In the order of the intents, each session once even if it was given twice.
    const bySession = new Map(rows.map((row) => [sessionKey(row.review_id, row.session_id), row]));
    return intents.flatMap((intent) => {
      const key = sessionKey(intent.reviewId, intent.sessionId);
      const row = bySession.get(key);
      bySession.delete(key);
      return row ? [toBooking(row)] : [];
    });
  }

  forReview(reviewId: string): Promise<Booking[]> {
    return this.inTimeOrder('review_id', reviewId);
  }

  forProposal(proposalId: string): Promise<Booking[]> {
    return this.inTimeOrder('proposal_id', proposalId);
  }

  async get(id: string): Promise<Booking | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toBooking(row);
  }

  async markBooked(id: string, event: CalendarEvent): Promise<void> {
    await this.update(id, {
      status: 'booked',
      event_id: event.id,
      ical_uid: event.iCalUId,
      join_url: event.joinUrl ?? null,
      error: null,
    });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.update(id, { status: 'failed', error });
  }

  applyUpdate(id: string, to: SessionUpdate, at: string): Promise<UpdatedInvitations> {
    return applySessionUpdate(this.db, id, to, at);
  }

  async cancel(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const result = await this.db.updateTable('bookings').set({ status: 'cancelled' }).where('id', '=', id).where('status', '<>', 'cancelled').executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  private async inTimeOrder(column: 'review_id' | 'proposal_id', id: string): Promise<Booking[]> {
    if (!isUuid(id)) return [];
    const rows = await this.db.selectFrom('bookings').selectAll().where(column, '=', id).where('status', '<>', 'cancelled').orderBy('start_at').orderBy('session_id').execute();
    return rows.map(toBooking);
  }

  private async update(id: string, values: Partial<Pick<Selectable<BookingsTable>, Changeable>>): Promise<void> {
    const result = await this.db.updateTable('bookings').set(values).where('id', '=', id).executeTakeFirstOrThrow();
    if (result.numUpdatedRows === 0n) throw new Error(`No booking ${id}`);
  }
}

/** Writes intents as pending bookings; a session already booked (or being booked) keeps its first booking. */
export const insertIntents = async (db: Kysely<Database>, intents: BookingIntent[]): Promise<void> => {
  if (intents.length === 0) return;
  await db
    .insertInto('bookings')
    .values(
      intents.map((intent) => ({
        id: randomUUID(),
        review_id: intent.reviewId,
        proposal_id: intent.proposalId,
        session_id: intent.sessionId,
        kind: intent.kind,
        transaction_id: intent.transactionId,
        subject: intent.subject,
        start_at: intent.start,
        end_at: intent.end,
        attendees: json(uniqueEmails(intent.attendees)),
        online: intent.online,
        location: intent.location ?? null,
        status: 'pending' as const,
      })),
    )
    .onConflict((conflict) => conflict.columns(['review_id', 'session_id']).where('status', '<>', 'cancelled').doNothing())
    .execute();
};

type Changeable = 'status' | 'event_id' | 'ical_uid' | 'join_url' | 'error';

const sessionKey = (reviewId: string, sessionId: string): string => `${reviewId}\n${sessionId}`;

export const toBooking = (row: Selectable<BookingsTable>): Booking => ({
  id: row.id,
  reviewId: row.review_id,
  proposalId: row.proposal_id,
  sessionId: row.session_id,
  kind: row.kind,
  transactionId: row.transaction_id,
  subject: row.subject,
  start: isoString(row.start_at),
  end: isoString(row.end_at),
  attendees: row.attendees,
  online: row.online,
  location: optional(row.location),
  status: row.status,
  eventId: optional(row.event_id),
  iCalUId: optional(row.ical_uid),
  joinUrl: optional(row.join_url),
  error: optional(row.error),
});
