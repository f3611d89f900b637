/**
 * The outbox's jobs, in pg-boss: due jobs are claimed with FOR UPDATE SKIP LOCKED, so of several bot instances
 * each takes its own; a job whose worker dies is failed by timeout after its lease and tried again. On PostgreSQL
 * pg-boss has its own small pool; on PGlite its SQL goes through the store's one connection, in turn.
 */
import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Log, MessageQueue } from '../services/ports/index.js';
import { connectionConfig, type PasswordSource } from './entra-password.js';
import { scriptQuery } from './pglite-dialect.js';
import type { Database } from './schema.js';

const QUEUE = 'outbox';
/** About a second's sends at the app's limit: a full batch is followed at once by the next fetch. */
const BATCH_SIZE = 50;
/** Enough connections for a worker's fetch and the tick's sends; the store keeps its own pool. */
const POOL_SIZE = 3;

export interface OutboxQueueOptions {
  /** PostgreSQL: pg-boss connects itself. Without it, `db` (PGlite) serves pg-boss's SQL. */
  databaseUrl?: string;
  /** The store's password source, so that both pools share one Microsoft Entra token. */
  password?: PasswordSource;
  db: Kysely<Database>;
  /** How long a worker may hold a job before it is taken back (a process killed mid-send). */
  leaseSeconds: number;
  /** How often due jobs are looked for. */
  pollSeconds: number;
  log: Log;
}

/** A job's id is its name's hash, as a UUID: pg-boss then refuses a second job of the same name. */
const jobId = (job: string): string => {
  const hex = createHash('sha256').update(job).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export const openOutboxQueue = async (options: OutboxQueueOptions): Promise<MessageQueue> => {
  const { db, log } = options;
  const connection = options.databaseUrl
    ? { ...connectionConfig(options.databaseUrl, options.password), max: POOL_SIZE }
    : {
        db: {
          executeSql: async (text: string, values?: unknown[]) =>
            db.executeQuery(values && values.length > 0 ? CompiledQuery.raw(text, values) : scriptQuery(text)),
        },
      };
  const boss = new PgBoss({
    ...connection,
    schedule: false,
    // Maintenance is what takes back the jobs of a worker that died: it must run well within a lease.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(options.leaseSeconds / 2))),
  });
  // pg-boss reports a failed poll or maintenance run here; it tries again on its own.
  boss.on('error', (error: Error) => log.error({ err: error.message }, 'outbox queue error'));
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, expireInSeconds: options.leaseSeconds, retryLimit: 3, retryDelay: 1, retryBackoff: true });

  return {
    async enqueue(messages) {
      for (const { key, job, startAfter } of messages) {
        await boss.send(QUEUE, { key }, { id: jobId(job), startAfter });
      }
    },
    async work(deliver) {
      await boss.work<{ key: string }>(QUEUE, { batchSize: BATCH_SIZE, pollingIntervalSeconds: options.pollSeconds }, async (jobs) => {
        for (const job of jobs) await deliver(job.data.key);
      });
    },
    stop: () => boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 }),
  };
};
