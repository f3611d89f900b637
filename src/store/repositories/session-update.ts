import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionUpdate, UpdatedInvitations } from '../../services/ports/index.js';
import { isoString, json, uniqueEmails } from '../column-values.js';
import type { Database } from '../schema.js';
import { toInvitation } from './invitation-repository.js';

const NOTHING: UpdatedInvitations = { added: [], removed: [], askedAgain: [] };

/**
 * A booked session's row and its invitations, changed together once its event was changed (ports.ts,
 * `BookingRepository.applyUpdate`). The booking row, locked first, is what tells a second apply that nothing is left.
 */
export const applySessionUpdate = (db: Kysely<Database>, id: string, to: SessionUpdate, at: string): Promise<UpdatedInvitations> =>
  db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('bookings').selectAll().where('id', '=', id).where('status', '=', 'booked').forUpdate().executeTakeFirst();
    if (!row) return NOTHING;
    const attendees = uniqueEmails(to.attendees);
    const moved = isoString(row.start_at) !== isoString(to.start) || isoString(row.end_at) !== isoString(to.end);
    await trx
      .updateTable('bookings')
      .set({
        session_id: to.sessionId,
        subject: to.subject,
        start_at: to.start,
        end_at: to.end,
        attendees: json(attendees),
        online: to.online,
        location: to.location ?? null,
        join_url: to.joinUrl ?? row.join_url,
      })
      .where('id', '=', id)
      .execute();
    const kept = await trx.selectFrom('invitations').select(['email', 'removed_at']).where('booking_id', '=', id).execute();
    const present = new Set(kept.filter((k) => k.removed_at === null).map((k) => k.email));
    const newcomers = attendees.filter((email) => !present.has(email));
    const gone = [...present].filter((email) => !attendees.includes(email));
    if (newcomers.length > 0) {
      await trx
        .insertInto('invitations')
        .values(newcomers.map((email) => ({ id: randomUUID(), review_id: row.review_id, booking_id: id, email, rsvp: 'pending' as const })))
        // Someone removed earlier and wanted again is asked afresh: a new invitation (a new id, so a new invite card;
        // the old card stays as it was updated, saying they were no longer needed).
        .onConflict((conflict) =>
          conflict.columns(['booking_id', 'email']).doUpdateSet({
            id: (eb) => eb.ref('excluded.id'),
            rsvp: 'pending',
            reason: null,
            answered_at: null,
            removed_at: null,
            card_sent_at: null,
            card_missed_at: null,
            card_activity_id: null,
            reminded_at: null,
            previous_start: null,
            previous_end: null,
          }),
        )
        .execute();
    }
    const removed =
      gone.length > 0
        ? await trx.updateTable('invitations').set({ removed_at: at }).where('booking_id', '=', id).where('email', 'in', gone).returningAll().execute()
        : [];
    const askedAgain = moved
      ? await trx
          .updateTable('invitations')
          .set({ rsvp: 'pending', reason: null, answered_at: null, reminded_at: null, previous_start: row.start_at.toISOString(), previous_end: row.end_at.toISOString() })
          .where('booking_id', '=', id)
          .where('removed_at', 'is', null)
          .where('email', 'not in', newcomers.length > 0 ? newcomers : [''])
          .returningAll()
          .execute()
      : [];
    const added = newcomers.length > 0 ? await trx.selectFrom('invitations').selectAll().where('booking_id', '=', id).where('email', 'in', newcomers).execute() : [];
    const byEmail = (a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email);
    return {
      added: added.sort(byEmail).map(toInvitation),
      removed: removed.sort(byEmail).map(toInvitation),
      askedAgain: askedAgain.sort(byEmail).map(toInvitation),
    };
  });
