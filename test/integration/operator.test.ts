/**
 * What an operator relies on: /readyz says whether this instance can serve (the database answers and has every
 * migration), and SIGTERM lets a request under way finish before the process ends with 0.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrations/index.js';
import { readiness } from '../../src/store/readiness.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { startBotProcess } from '../support/bot-process.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { alex } from '../support/demo-people.js';

describe('/readyz', () => {
  let fresh: FreshDatabase;
  let h: BotHarness;
  beforeAll(async () => {
    fresh = await DATABASES.find((d) => d.name === 'postgres')!.create();
    h = await startBotHarness([alex], { DATABASE_URL: fresh.options.databaseUrl! });
  });
  afterAll(async () => {
    await h?.close();
    await fresh?.drop();
  });

  it('is ready once the database answers with every migration, and says why not once it cannot be reached', async () => {
    const ready = await fetch(`${h.convene.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true }]);
    await fresh.drop();
    const gone = await fetch(`${h.convene.url}/readyz`);
    expect([gone.status, await gone.json()]).toEqual([503, { ready: false, problem: 'the database cannot be reached' }]);
    expect((await fetch(`${h.convene.url}/healthz`)).status).toBe(200);
  });

  it('is not ready on a database that lacks a migration of this code', async () => {
    for (const database of DATABASES) {
      const other = await database.create();
      const db = await openDatabase(other.options);
      try {
        await migrateToLatest(db, '0018-day-only');
        expect(await readiness(db)).toEqual({ ready: false, problem: 'the database lacks migrations 0019-held-notes' });
        await migrateToLatest(db);
        expect(await readiness(db)).toEqual({ ready: true });
      } finally {
        await db.destroy();
        await other.drop();
      }
    }
  });
});

describe('SIGTERM', () => {
  it('lets the request under way finish, takes no new one, and ends with 0', async () => {
    const bot = await startBotProcess({ DATA_DIR: 'memory' });
    try {
      // A request whose body is still coming when the signal arrives: it is under way, and must be answered.
      // Not an activity (no conversation): answered 400 once the whole body has been read.
      const body = JSON.stringify({ type: 'message', text: 'help' }).padEnd(2000, ' ');
      const answered = new Promise<number>((resolve, reject) => {
        const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
        const req = request(`${bot.url}/api/messages`, { method: 'POST', headers }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.write(body.slice(0, 1000));
        setTimeout(() => {
          bot.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(1000)), 300);
        }, 100);
      });
      expect(await answered).toBe(400);
      expect(await bot.exited).toBe(0);
      await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
    } finally {
      await bot.kill();
    }
  }, 60_000);
});
