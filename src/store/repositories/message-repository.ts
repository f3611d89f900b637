import { sql, type Kysely, type Selectable } from 'kysely';
import { jobName, type ProgressUpdate } from '../../domain/outbox/index.js';
import type { MessageRepository, OutboundMessage, QueuedJob, RemindersInChat, StoredMessage } from '../../services/ports/index.js';

type ReminderKind = RemindersInChat['reminders'][number]['reminder'];
import { isoString, json, lowerCase, optional } from '../column-values.js';
import type { Database, MessagesTable } from '../schema.js';

/** The moment before which a taker's hold has run out. */
const leaseStart = (leaseSeconds: number) => sql<Date>`clock_timestamp() - make_interval(secs => ${leaseSeconds})`;


/** The key is the primary key, so two instances adding one message leave one row; `begin` is one conditional update. */
export class SqlMessageRepository implements MessageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(messages: OutboundMessage[]): Promise<OutboundMessage[]> {
    if (messages.length === 0) return [];
    const added = await this.db
      .insertInto('messages')
      .values(
        messages.map((m) => ({
          key: m.key,
          review_id: m.reviewId,
          recipient: lowerCase(m.recipient),
          kind: m.payload.kind,
          payload: json(m.payload),
          due_at: m.dueAt,
        })),
      )
      .onConflict((conflict) => conflict.column('key').doNothing())
      .returning('key')
      .execute();
    const keys = new Set(added.map((row) => row.key));
    return messages.filter((m) => keys.has(m.key));
  }

  async get(key: string): Promise<StoredMessage | undefined> {
    const row = await this.db.selectFrom('messages').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toMessage(row);
  }

  async begin(key: string, leaseSeconds: number): ReturnType<MessageRepository['begin']> {
    const row = await this.db
      .updateTable('messages')
      .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), claimed_at: sql<string>`clock_timestamp()` }))
      .where('key', '=', key)
      .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'sending'), eb('claimed_at', '<', leaseStart(leaseSeconds))])]))
      .returningAll()
      .executeTakeFirst();
    if (row) return { taken: toMessage(row) };
    const now = await this.db.selectFrom('messages').select(['state', 'claimed_at', 'attempts']).where('key', '=', key).executeTakeFirst();
    if (now?.state !== 'sending' || !now.claimed_at) return { ended: true };
    const heldUntil = new Date(now.claimed_at.getTime() + leaseSeconds * 1000).toISOString();
    return { heldUntil, retry: { key, job: jobName(key, now.attempts, heldUntil), startAfter: heldUntil } };
  }

  async retryAt(key: string, at: string, reason?: string): Promise<QueuedJob> {
    const row = await this.db
      .updateTable('messages')
      .set((eb) => ({ state: 'queued', due_at: at, claimed_at: null, ...(reason ? { reason } : { attempts: eb('attempts', '-', 1) }) }))
      .where('key', '=', key)
      .returning(['key', 'attempts', 'due_at'])
      .executeTakeFirstOrThrow();
    return { key, job: jobName(key, row.attempts, isoString(row.due_at)), startAfter: isoString(row.due_at) };
  }

  async finish(key: string, state: Parameters<MessageRepository['finish']>[1], detail: { reason?: string; activityId?: string; at: string }): Promise<void> {
    await this.db
      .updateTable('messages')
      .set({ state, reason: detail.reason ?? null, activity_id: detail.activityId ?? null, sent_at: state === 'sent' ? detail.at : null })
      .where('key', '=', key)
      .execute();
  }

  async unfinished(leaseSeconds: number): Promise<QueuedJob[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select(['key', 'due_at', 'attempts', 'claimed_at'])
      .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'sending'), eb('claimed_at', '<', leaseStart(leaseSeconds))])]))
      .orderBy('due_at')
      .execute();
    return rows.map((row) => ({ key: row.key, job: jobName(row.key, row.attempts, row.claimed_at ? isoString(row.claimed_at) : undefined), startAfter: isoString(row.due_at) }));
  }

  async remindersInChat(invitationId: string, email: string): Promise<RemindersInChat | undefined> {
    const rows = await this.db
      .selectFrom('conversations')
      .leftJoin('messages', (join) =>
        join
          .on('messages.kind', '=', 'reminder')
          .on('messages.state', '=', 'sent')
          .on('messages.activity_id', 'is not', null)
          .on(sql<string>`messages.payload->>'invitationId'`, '=', invitationId),
      )
      .select(['conversations.reference', 'messages.activity_id', sql<ReminderKind | null>`messages.payload->>'reminder'`.as('reminder')])
      .where('conversations.email', '=', lowerCase(email))
      .orderBy('messages.sent_at')
      .execute();
    if (rows.length === 0) return undefined;
    const reminders = rows.flatMap((row) => (row.activity_id && row.reminder ? [{ activityId: row.activity_id, reminder: row.reminder }] : []));
    return { reference: rows[0]!.reference, reminders };
  }

  async failed(reviewId: string): Promise<StoredMessage[]> {
    const rows = await this.db.selectFrom('messages').selectAll().where('review_id', '=', reviewId).where('state', '=', 'failed').orderBy('due_at').execute();
    return rows.map(toMessage);
  }

  async invitesOnTheWay(reviewId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select(sql<string>`payload->>'invitationId'`.as('invitationId'))
      .where('review_id', '=', reviewId)
      .where('kind', '=', 'invite')
      .where('state', 'in', ['queued', 'sending'])
      .execute();
    return rows.map((row) => row.invitationId);
  }

  async resend(keys: string[], at: string): Promise<QueuedJob[]> {
    if (keys.length === 0) return [];
    const rows = await this.db
      .updateTable('messages')
      .set({ state: 'queued', attempts: 0, reason: null, claimed_at: null, due_at: at })
      .where('key', 'in', keys)
      .where('state', '=', 'failed')
      .returning('key')
      .execute();
    return rows.map(({ key }) => ({ key, job: jobName(key, 0, at), startAfter: at }));
  }

  async progressUpdates(proposalId: string, leaseSeconds: number): Promise<ProgressUpdate[]> {
    const rows = await this.progressOf(proposalId)
      .select([
        sql<number>`(payload->>'update')::int`.as('update'),
        sql<boolean>`state = 'sending' and claimed_at >= ${leaseStart(leaseSeconds)}`.as('held'),
      ])
      .orderBy('update')
      .execute();
    return rows.map((row) => ({ update: row.update, held: row.held }));
  }

  async lastProgressUpdate(proposalId: string): Promise<number> {
    const row = await this.progressOf(proposalId)
      .select(sql<number | null>`max((payload->>'update')::int)`.as('last'))
      .executeTakeFirstOrThrow();
    return row.last ?? 0;
  }

  private progressOf(proposalId: string) {
    return this.db.selectFrom('messages').where('kind', '=', 'progress').where(sql<string>`payload->>'proposalId'`, '=', proposalId);
  }

  async blockedRecipients(reviewId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('messages').select('recipient').distinct().where('review_id', '=', reviewId).where('state', '=', 'blocked').execute();
    return rows.map((row) => row.recipient);
  }

  async undelivered(before: string): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('state', 'in', ['queued', 'sending'])
      .where('due_at', '<=', new Date(before))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async forReview(reviewId: string): Promise<StoredMessage[]> {
    const rows = await this.db.selectFrom('messages').selectAll().where('review_id', '=', reviewId).orderBy('due_at').orderBy('key').execute();
    return rows.map(toMessage);
  }
}

const toMessage = (row: Selectable<MessagesTable>): StoredMessage => ({
  key: row.key,
  reviewId: row.review_id,
  recipient: row.recipient,
  payload: row.payload,
  dueAt: isoString(row.due_at),
  state: row.state,
  attempts: row.attempts,
  reason: optional(row.reason),
  sentAt: row.sent_at ? isoString(row.sent_at) : undefined,
  activityId: optional(row.activity_id),
});
