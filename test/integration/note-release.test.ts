/**
 * Notes join the collections in batches. Two peers' notes saved minutes apart come out in one transaction, in an
 * order that is not the order they were saved in; until then the holding area, and the transaction log, hold them
 * only as ciphertext; a restart loses none; and the leads can release them at once. On both databases, PGlite with
 * its files on disk so that its log can be read.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { DEMO, alex, isla, morgan, owen } from '../support/demo-people.js';
import { holds, watchLog, type LogWatch, type RawSource } from '../support/raw-bytes.js';
import type { TeamsUser } from '../support/connector-server.js';
import { actionsOf, cardOf, cardText } from '../support/teams-client.js';

type Card = Record<string, any>;

for (const database of DATABASES) {
  describe(`notes released in batches (${database.name})`, () => {
    let fresh: FreshDatabase;
    let dataDir: string;
    let h: BotHarness;
    let clock = '2026-02-03T10:00:00.000Z';
    let watching: LogWatch | undefined;
    // PGlite keeps its own key beside its files (DATA_DIR/notes.key); with PostgreSQL the key comes from NOTES_KEY.
    const env = () => ({ TICK_SECONDS: '0', ...(fresh.options.databaseUrl ? { DATABASE_URL: fresh.options.databaseUrl, NOTES_KEY: 'ab'.repeat(32) } : { DATA_DIR: dataDir }) });
    const start = () => startBotHarness([alex, isla, owen, morgan], env(), { now: () => clock });
    const db = () => (h.convene.store as OpenedStore).db;
    const source = (): RawSource => (database.name === 'postgres' ? { kind: 'postgres', db: db(), url: fresh.options.databaseUrl! } : { kind: 'pglite', db: db(), dataDir });
    const reviewId = async () => (await h.convene.store.reviews.latest())!.id;

    const logNote = async (who: TeamsUser, text: string): Promise<Card> => {
      const form = cardOf((await h.client.say(who, 'note'))[0]!)!;
      const preview = (await h.client.press(who, 'form', VERBS.previewNote, { ...actionsOf(form).find((a) => a.verb === VERBS.previewNote)!.data, themes: 'capacity', kind: 'evidence', text, concern: 'false' })).body.value;
      return (await h.client.press(who, 'preview', VERBS.saveNote, actionsOf(preview).find((a) => a.verb === VERBS.saveNote)!.data)).body.value;
    };

    beforeAll(async () => {
      fresh = await database.create();
      dataDir = join(await mkdtemp(join(tmpdir(), 'convene-release-')), 'data');
      h = await start();
      await h.client.say(alex, `import\n${DEMO}`);
      for (const who of [isla, owen, morgan]) await h.client.say(who, 'help');
      // The first tick starts the review's release clock.
      expect((await h.convene.tick()).notesReleased).toBe(0);
    });
    afterAll(async () => {
      await watching?.close();
      await h?.close();
      await fresh?.drop();
      await rm(join(dataDir, '..'), { recursive: true, force: true });
    });

    it('holds two peers’ notes saved minutes apart as ciphertext, then releases them in one transaction in random order', async () => {
      const log = await watchLog(source());
      watching = log;
      // A tag of this run's own: the server's log is shared by every database on it, earlier runs' included.
      const tag = `zq${randomBytes(4).toString('hex')}`;
      const texts = Array.from({ length: 10 }, (_, i) => `the panel ${tag}n${i} meets weekly`);
      for (const [i, text] of texts.entries()) {
        clock = new Date(Date.parse('2026-02-03T10:00:00.000Z') + i * 120_000).toISOString();
        const saved = await logNote(i % 2 === 0 ? isla : owen, text);
        expect(cardText(saved)).toContain('It joins the collections by 17:30, the team meeting, with the other notes saved before then.');
      }
      expect(await h.convene.store.notes.forReview(await reviewId())).toEqual([]);
      const held = await db().selectFrom('held_notes').selectAll().execute();
      expect(held).toHaveLength(10);
      expect(JSON.stringify(held)).not.toMatch(new RegExp(`${tag}|panel|capacity|evidence|2026-02-03`));
      // What the transaction log took down while the notes were held: no word of them.
      const whileHeld = await log.since();
      expect(whileHeld.length).toBeGreaterThan(0);
      for (const text of texts) expect(holds(whileHeld, text), text).toBe(false);
      // What it did take down of the holding area's rows is their ciphertext.
      expect(held.every((row) => holds(whileHeld, row.sealed))).toBe(true);

      clock = '2026-02-03T17:29:00.000Z';
      expect((await h.convene.tick()).notesReleased).toBe(0);
      clock = '2026-02-03T17:30:40.000Z';
      expect((await h.convene.tick()).notesReleased).toBe(10);

      const { rows } = await sql<{ xmin: string; text: string }>`select xmin::text as xmin, text from notes order by ctid`.execute(db());
      expect(rows.map((r) => r.text).sort()).toEqual([...texts].sort());
      expect(new Set(rows.map((r) => r.xmin)).size).toBe(1);
      // Ten notes in save order by chance: one in 3,628,800.
      expect(rows.map((r) => r.text)).not.toEqual(texts);
      expect(await db().selectFrom('held_notes').selectAll().execute()).toEqual([]);
      // The log does hold the released notes: the check above could have found them.
      const afterRelease = await log.since();
      expect(texts.every((text) => holds(afterRelease, text))).toBe(true);
    });

    it('loses no held note across a restart, and releases it at the next release time', async () => {
      clock = '2026-02-03T18:00:00.000Z';
      await logNote(isla, 'the forum zqrestart is well attended');
      await h.close();
      if (database.name === 'pglite') expect((await readFile(join(dataDir, 'notes.key'), 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
      h = await start();
      clock = '2026-02-03T19:00:10.000Z';
      expect((await h.convene.tick()).notesReleased).toBe(1);
      expect((await h.convene.store.notes.forReview(await reviewId())).map((n) => n.text)).toContain('the forum zqrestart is well attended');
    });

    it('lets the team lead release the held notes at once, and no other peer', async () => {
      clock = '2026-02-03T19:30:00.000Z';
      await logNote(owen, 'the local offer zqnow is easy to find');
      expect((await h.client.say(owen, 'release notes'))[0]!.activity.text).toMatch(/only the team lead or the challenge manager/);
      expect(await h.convene.store.notes.heldCount(await reviewId())).toBe(1);
      const exported = (await h.client.say(morgan, 'export')).map((r) => r.activity.text ?? '').join('\n');
      expect(exported).toContain('1 note saved since the last release is not in them: send **release notes**, then **export** again, to include it.');
      expect((await h.client.say(morgan, 'release notes'))[0]!.activity.text).toMatch(/^Released: 1 note joined the collections/);
      expect((await h.convene.store.notes.forReview(await reviewId())).map((n) => n.text)).toContain('the local offer zqnow is easy to find');
    });
  });
}
