import { sql, type Kysely } from 'kysely';
import { APP_KEPT_MS, CONVERSATION_KEPT_MS, type SendHistory, type SendMoment } from '../domain/outbox/index.js';
import type { SendLog } from '../services/ports/index.js';
import type { Database } from './schema.js';

/** One process: PGlite cannot be shared, so the sends this process has timed are all the sends there are. */
export class ProcessSendLog implements SendLog {
  private readonly byConversation = new Map<string, number[]>();
  private readonly app: number[] = [];
  private readonly held = new Map<string, number>();

  constructor(private readonly clock: () => number = Date.now) {}

  async reserve(conversation: string, decide: (history: SendHistory, now: number) => SendMoment) {
    const now = this.clock();
    this.forget(now);
    const sent = this.byConversation.get(conversation) ?? [];
    const moment = decide({ conversation: sent, app: this.app, heldUntil: this.held.get(conversation) }, now);
    if ('comeBackAt' in moment) return { moment };
    sent.push(moment.at);
    this.app.push(moment.at);
    this.byConversation.set(conversation, sent);
    // The ticket says which moment it was: nothing more to keep.
    return { moment, ticket: JSON.stringify([conversation, moment.at]) };
  }

  async wentAt(ticket: string, at: number): Promise<void> {
    const [conversation, reserved] = JSON.parse(ticket) as [string, number];
    moveLater(this.byConversation.get(conversation) ?? [], reserved, at);
    moveLater(this.app, reserved, at);
  }

  async hold(conversation: string, until: number): Promise<void> {
    this.held.set(conversation, Math.max(until, this.held.get(conversation) ?? 0));
  }

  private forget(now: number): void {
    for (const [conversation, until] of this.held) if (until <= now) this.held.delete(conversation);
    while (this.app.length > 0 && this.app[0]! < now - APP_KEPT_MS) this.app.shift();
    for (const [conversation, sent] of this.byConversation) {
      while (sent.length > 0 && sent[0]! < now - CONVERSATION_KEPT_MS) sent.shift();
      if (sent.length === 0) this.byConversation.delete(conversation);
    }
  }
}

/** Moves one moment in a sorted list to a later one, keeping it sorted. */
const moveLater = (times: number[], from: number, to: number): void => {
  const i = times.lastIndexOf(from);
  if (i < 0) return;
  times.splice(i, 1);
  let j = times.length;
  while (j > 0 && times[j - 1]! > to) j -= 1;
  times.splice(j, 0, to);
};

/** Every reservation takes this lock for its transaction: all of an app's sends count against its one limit. */
const SEND_LOG_LOCK = 0x5e4d_106;

/**
 * Several bot instances on one PostgreSQL: each send's moment is decided and written in one transaction under an
 * advisory lock, so two instances never both take the last place in a window. Rows older than the longest window
 * are deleted as new ones come: the log holds an hour at most.
 */
export class SqlSendLog implements SendLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => number = Date.now,
  ) {}

  reserve(conversation: string, decide: (history: SendHistory, now: number) => SendMoment) {
    return this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SEND_LOG_LOCK})`.execute(trx);
      // The time once the lock is held: an instance that waited for it must not time its send from before.
      const now = this.clock();
      const [own, app, hold] = await Promise.all([
        trx.selectFrom('send_log').select('sent_at').where('conversation', '=', conversation).where('sent_at', '>', now - CONVERSATION_KEPT_MS).orderBy('sent_at').execute(),
        trx.selectFrom('send_log').select('sent_at').where('sent_at', '>', now - APP_KEPT_MS).orderBy('sent_at').execute(),
        trx.selectFrom('send_holds').select('until').where('conversation', '=', conversation).where('until', '>', now).executeTakeFirst(),
      ]);
      const moment = decide({ conversation: own.map((row) => row.sent_at), app: app.map((row) => row.sent_at), heldUntil: hold?.until }, now);
      if ('comeBackAt' in moment) return { moment };
      await trx.deleteFrom('send_log').where('sent_at', '<', now - CONVERSATION_KEPT_MS).execute();
      await trx.deleteFrom('send_holds').where('until', '<=', now).execute();
      const { id } = await trx.insertInto('send_log').values({ conversation, sent_at: moment.at }).returning('id').executeTakeFirstOrThrow();
      return { moment, ticket: String(id) };
    });
  }

  async wentAt(ticket: string, at: number): Promise<void> {
    if (!/^\d+$/.test(ticket)) return;
    await this.db.updateTable('send_log').set({ sent_at: at }).where('id', '=', ticket).where('sent_at', '<', at).execute();
  }

  async hold(conversation: string, until: number): Promise<void> {
    await this.db
      .insertInto('send_holds')
      .values({ conversation, until })
      .onConflict((conflict) => conflict.column('conversation').doUpdateSet({ until: sql`greatest(send_holds.until, excluded.until)` }))
      .execute();
  }
}
