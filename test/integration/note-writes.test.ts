/**
 * A note's save, correction and deletion change the notes and nothing else: no row written beside them says who was
 * at the keyboard, or when (the audit read a chat's row, rewritten on every message to the microsecond, next to each
 * note). Every table of the store is read with its system columns (xmin, ctid) before and after, on both databases.
 * A note waits in the holding area (held_notes) until its release, which note-release.test.ts covers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { DATABASES, type FreshDatabase } from '../support/databases.js';
import { DEMO, alex, isla } from '../support/demo-people.js';
import { changedTables, snapshot } from '../support/table-snapshot.js';
import { actionsOf, cardOf } from '../support/teams-client.js';

type Card = Record<string, any>;

for (const database of DATABASES) {
  describe(`what a note writes (${database.name})`, () => {
    let fresh: FreshDatabase;
    let h: BotHarness;
    const db = () => (h.convene.store as OpenedStore).db;
    const press = async (verb: string, data: Record<string, unknown>): Promise<Card> => (await h.client.press(isla, 'card-activity', verb, data)).body.value as Card;
    const action = (card: Card, verb: string) => actionsOf(card).find((a) => a.verb === verb)!;

    beforeAll(async () => {
      fresh = await database.create();
      h = await startBotHarness([alex, isla], { TICK_SECONDS: '0', ...(fresh.options.databaseUrl ? { DATABASE_URL: fresh.options.databaseUrl } : {}) }, { now: () => '2026-02-03T10:00:00.000Z' });
      await h.client.say(alex, `import\n${DEMO}`);
      await h.client.say(isla, 'help');
      await h.convene.idle();
    });
    afterAll(async () => {
      await h?.close();
      await fresh?.drop();
    });

    it('a message in a chat already kept writes nothing; a note saved, corrected and deleted writes only the holding area', async () => {
      const start = await snapshot(db());
      const form = cardOf((await h.client.say(isla, 'note'))[0]!)!;
      expect(changedTables(start, await snapshot(db()))).toEqual([]);

      const inputs = { themes: 'capacity', kind: 'evidence', text: 'The panel meets weekly.', concern: 'false' };
      const preview = await press(VERBS.previewNote, { ...action(form, VERBS.previewNote).data, ...inputs });
      const beforeSave = await snapshot(db());
      expect(changedTables(start, beforeSave)).toEqual([]);
      const saved = await press(VERBS.saveNote, action(preview, VERBS.saveNote).data);
      const afterSave = await snapshot(db());
      expect(changedTables(beforeSave, afterSave)).toEqual(['held_notes']);

      const { token } = action(saved, VERBS.correctNote).data;
      await press(VERBS.saveNote, { ...inputs, text: 'The panel meets every week.', context: `correction:${token}` });
      const afterCorrection = await snapshot(db());
      expect(changedTables(afterSave, afterCorrection)).toEqual(['held_notes']);

      await press(VERBS.deleteNote, { token });
      expect(changedTables(afterCorrection, await snapshot(db()))).toEqual(['held_notes']);
    });

    it('a released note, corrected and deleted, writes only the notes and the holding area', async () => {
      const form = cardOf((await h.client.say(isla, 'note'))[0]!)!;
      const inputs = { themes: 'capacity', kind: 'strength', text: 'Plans are co-produced.', concern: 'false' };
      const preview = await press(VERBS.previewNote, { ...action(form, VERBS.previewNote).data, ...inputs });
      const saved = await press(VERBS.saveNote, action(preview, VERBS.saveNote).data);
      const reviewId = (await h.convene.store.reviews.latest())!.id;
      expect(await h.convene.store.notes.release(reviewId, '2026-02-03T10:00:00.000Z')).toEqual({ released: 1, unreadable: 0 });

      const { token } = action(saved, VERBS.correctNote).data;
      const beforeCorrection = await snapshot(db());
      await press(VERBS.saveNote, { ...inputs, text: 'Plans are co-produced with families.', context: `correction:${token}` });
      const afterCorrection = await snapshot(db());
      // The released note leaves the collections at once; its correction waits in the holding area for the next release.
      expect(changedTables(beforeCorrection, afterCorrection)).toEqual(['held_notes', 'notes']);

      await h.convene.store.notes.release(reviewId, '2026-02-03T10:00:00.000Z');
      const beforeDelete = await snapshot(db());
      await press(VERBS.deleteNote, { token });
      expect(changedTables(beforeDelete, await snapshot(db()))).toEqual(['notes']);
    });
  });
}
