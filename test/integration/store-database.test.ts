import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../src/domain/shared/review.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';

const review: Review = {
  name: 'Northshire',
  timeZone: 'Europe/London',
  organiser: 'organiser@council.example',
  base: 'Town Hall',
  projectTeam: [],
  themes: [],
  peers: [],
  people: [],
  busy: {},
};

const EVERY_MIGRATION = [
  '0001-store',
  '0002-local-calendar',
  '0003-import-order',
  '0004-evidence',
  '0005-booking-runs',
  '0006-outbox',
  '0007-reminded',
  '0008-reminder-cards',
  '0009-invites-through-outbox',
  '0010-send-log',
  '0011-review-version',
  '0012-progress-updates',
  '0013-review-revisions',
  '0014-local-calendar-changes',
  '0015-session-changes',
  '0016-calendar-subscriptions',
  '0017-calendar-sync',
  '0018-day-only',
  '0019-held-notes',
];

const migrationNames = async (db: Kysely<any>): Promise<string[]> =>
  (await db.selectFrom('kysely_migration').select('name').orderBy('name').execute()).map((row) => row.name);

describe('PGlite in a data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'convene-store-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its rows when closed and reopened, and migrating again changes nothing', async () => {
    const first = await openStore({ dataDir });
    const saved = await first.reviews.save(review, 'lead@council.example');
    await migrateToLatest(first.db);
    await first.close();

    const reopened = await openStore({ dataDir });
    try {
      expect(await reopened.reviews.get(saved.id)).toEqual(saved);
      expect(await migrationNames(reopened.db)).toEqual(EVERY_MIGRATION);
    } finally {
      await reopened.close();
    }
  });

  it('rolls back a failed transaction and lets other queries wait for the one connection', async () => {
    const db = await openDatabase({ dataDir });
    try {
      await sql`create table if not exists tally (n int)`.execute(db);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertDone = new Promise<void>((resolve) => (inserted = resolve));
      const transaction = db.transaction().execute(async (trx) => {
        await sql`insert into tally values (1)`.execute(trx);
        inserted();
        await held;
        throw new Error('changed my mind');
      });
      await insertDone;
      const outside = sql<{ count: number }>`select count(*)::int as count from tally`.execute(db);
      release();
      await expect(transaction).rejects.toThrow('changed my mind');
      // Had it run inside the open transaction it would have seen the uncommitted row.
      expect((await outside).rows[0]?.count).toBe(0);
    } finally {
      await db.destroy();
    }
  });
});

describe('PostgreSQL, and closing', () => {
  const postgres = DATABASES.find((database) => database.name === 'postgres')!;
  let fresh: FreshDatabase;
  beforeAll(async () => {
    fresh = await postgres.create();
  });
  afterAll(async () => {
    await fresh?.drop();
  });

  it('migrates once when two bot instances start at the same time, and again as a no-op', async () => {
    const stores = await Promise.all([openStore(fresh.options), openStore(fresh.options)]);
    try {
      expect(await migrationNames(stores[0].db)).toEqual(EVERY_MIGRATION);
      await migrateToLatest(stores[1].db);
      expect(await migrationNames(stores[1].db)).toEqual(EVERY_MIGRATION);
      const saved = await stores[0].reviews.save(review, 'lead@council.example');
      expect(await stores[1].reviews.get(saved.id)).toEqual(saved);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('gives reviews imported before revisions keys of their own: the latest of a name keeps it, nothing attached moves', async () => {
    const other = await postgres.create();
    const db = await openDatabase(other.options);
    try {
      await migrateToLatest(db, '0012-progress-updates');
      // Every import made a row of its own then: three of one name, one of another.
      for (const [name, at] of [['Northshire', '2026-01-01'], ['Northshire ', '2026-01-03'], ['northshire', '2026-01-02'], ['Southshire', '2026-01-01']] as const) {
        await sql`insert into reviews (id, name, body, imported_by, imported_at) values (gen_random_uuid(), ${name}, ${JSON.stringify({ ...review, name })}, 'lead@council.example', ${at})`.execute(db);
      }
      await migrateToLatest(db);
      const rows = await sql<{ name: string; key: string; revision: number; revisions: number }>`
        select name, key, revision, (select count(*)::int from review_revisions where review_id = reviews.id) as revisions
        from reviews order by imported_at`.execute(db);
      expect(rows.rows.map((row) => [row.name, row.key, row.revision, row.revisions])).toEqual([
        ['Northshire', 'northshire (import 1)', 1, 1],
        ['Southshire', 'southshire', 1, 1],
        ['northshire', 'northshire (import 3)', 1, 1],
        ['Northshire ', 'northshire', 1, 1],
      ]);
    } finally {
      await db.destroy();
      await other.drop();
    }
  });

  it('cuts the times kept of people and chats to their day, as they are written from now on', async () => {
    const other = await postgres.create();
    const db = await openDatabase(other.options);
    try {
      await migrateToLatest(db, '0017-calendar-sync');
      await sql`insert into conversations (email, reference, updated_at) values ('owen@peers.example', '{}', '2026-12-01 21:49:31.918804+00')`.execute(db);
      await sql`insert into people (aad_object_id, email, updated_at) values ('aad-1', 'owen@peers.example', '2026-12-01 21:49:30.1+00')`.execute(db);
      await migrateToLatest(db);
      const { rows } = await sql<{ at: string }>`
        select to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as at from conversations
        union all select to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') from people`.execute(db);
      expect(rows.map((row) => row.at)).toEqual(['2026-12-01 00:00:00.000000', '2026-12-01 00:00:00.000000']);
    } finally {
      await db.destroy();
      await other.drop();
    }
  });

  it('says so when the server cannot be reached', async () => {
    await expect(openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });

  it('lets Node exit once the store is closed, on both databases', async () => {
    const script = `
      import { openStore } from './src/store/open-store.ts';
      for (const options of [{}, { databaseUrl: process.env.DATABASE_URL }]) {
        const store = await openStore(options);
        await store.reviews.latest();
        await store.close();
      }
      console.log('closed');
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, DATABASE_URL: fresh.options.databaseUrl }, timeout: 60_000 },
    );
    expect(stdout.trim()).toBe('closed');
    // Generous: what is tested is that Node exits at all, and a busy machine is slow to start tsx.
  }, 90_000);
});
