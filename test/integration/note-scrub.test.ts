/**
 * After a correction, a deletion or a purge, the earlier text is on no page of the notes tables once the next
 * background tick has run. Pages are read raw: through pageinspect on PostgreSQL, and as PGlite's files after a
 * checkpoint. Each check first finds the old text before the tick, so it could fail.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { DEMO, alex, fern, isla } from '../support/demo-people.js';
import { holds, tablePages, type RawSource } from '../support/raw-bytes.js';
import { actionsOf, cardOf } from '../support/teams-client.js';

type Card = Record<string, any>;
const TABLES = ['notes', 'held_notes'];

for (const database of DATABASES) {
  describe(`no earlier text left on the notes tables' pages (${database.name})`, () => {
    let fresh: FreshDatabase;
    let dataDir: string;
    let h: BotHarness;
    const tag = `zq${randomBytes(4).toString('hex')}`;
    const source = (): RawSource => {
      const db = (h.convene.store as OpenedStore).db;
      return database.name === 'postgres' ? { kind: 'postgres', db, url: fresh.options.databaseUrl! } : { kind: 'pglite', db, dataDir };
    };
    const pages = () => tablePages(source(), TABLES);
    const release = async () => h.convene.store.notes.release((await h.convene.store.reviews.latest())!.id, '2026-02-03T17:30:00.000Z');

    const save = async (text: string, context?: string): Promise<Card> => {
      const form = cardOf((await h.client.say(isla, 'note'))[0]!)!;
      const inputs = { themes: 'capacity', kind: 'evidence', text, concern: 'false' };
      const preview = (await h.client.press(isla, 'form', VERBS.previewNote, { ...actionsOf(form).find((a) => a.verb === VERBS.previewNote)!.data, ...inputs, ...(context ? { context } : {}) })).body.value;
      return (await h.client.press(isla, 'preview', VERBS.saveNote, actionsOf(preview).find((a) => a.verb === VERBS.saveNote)!.data)).body.value;
    };
    const capability = (saved: Card) => actionsOf(saved).find((a) => a.verb === VERBS.correctNote)!.data as { token: string };

    beforeAll(async () => {
      fresh = await database.create();
      dataDir = join(await mkdtemp(join(tmpdir(), 'convene-scrub-')), 'data');
      h = await startBotHarness([alex, isla, fern], { TICK_SECONDS: '0', ...(fresh.options.databaseUrl ? { DATABASE_URL: fresh.options.databaseUrl } : { DATA_DIR: dataDir }) }, { now: () => '2026-02-03T10:00:00.000Z' });
      await h.client.say(alex, `import\n${DEMO}`);
      await h.convene.tick();
    });
    afterAll(async () => {
      await h?.close();
      await fresh?.drop();
      await rm(join(dataDir, '..'), { recursive: true, force: true });
    });

    it('rewrites the tables at the next tick after a correction and a deletion, leaving only the text that stands', async () => {
      const corrected = capability(await save(`the first wording ${tag}a of a note`));
      const deleted = capability(await save(`a note ${tag}b deleted later`));
      await release();
      await save(`the second wording ${tag}c of a note`, `correction:${corrected.token}`);
      await h.client.press(isla, 'saved', VERBS.deleteNote, deleted);
      await release();

      const before = await pages();
      expect(holds(before, `the first wording ${tag}a`)).toBe(true);
      expect(holds(before, `a note ${tag}b deleted`)).toBe(true);
      await h.convene.tick();
      const after = await pages();
      expect(holds(after, `the first wording ${tag}a`)).toBe(false);
      expect(holds(after, `a note ${tag}b deleted`)).toBe(false);
      expect(holds(after, `the second wording ${tag}c`)).toBe(true);
    });

    it('rewrites them after a purge, leaving no note at all', async () => {
      await h.client.say(fern, 'purge notes');
      await h.client.say(fern, 'purge notes confirm');
      expect(holds(await pages(), `the second wording ${tag}c`)).toBe(true);
      await h.convene.tick();
      expect(holds(await pages(), tag)).toBe(false);
    });
  });
}
