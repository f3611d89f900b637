/**
 * An export made while the challenge manager purges the notes: the files it built hold notes the purge
 * deleted, so they must not outlive it. The purge is made to land between the export's read and its save.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';
import { hashToken } from '../../src/services/shared/capability.js';
import { exportCollections } from '../../src/services/notes/export-evidence.js';
import type { Store } from '../../src/services/ports/index.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { DEMO } from '../support/demo-people.js';

const NOW = '2026-02-05T16:00:00.000Z';
const FERN = 'fern.castell@peers.example';

let store: OpenedStore;
let reviewId: string;

beforeEach(async () => {
  store = await openStore({});
  const review = parseReviewFile(DEMO);
  if (!review.ok) throw new Error(review.message);
  reviewId = (await store.reviews.save(review.value, 'alex.rowan@shropshire.example')).id;
  await store.notes.add({ reviewId, themes: ['leadership'], kind: 'strength', text: 'The board knows its data.', day: '2026-02-05' }, hashToken('t'));
});
afterEach(async () => {
  await store.close();
});

/** The store as the export sees it, with a purge landing right after the notes are read. */
const purgedWhileReading = (): Store => ({
  ...store,
  notes: {
    ...store.notes,
    forReview: async (id: string) => {
      const notes = await store.notes.forReview(id);
      await store.purges.purge(id, FERN);
      return notes;
    },
  },
});

describe('an export and a purge at once', () => {
  it('keeps the files of an export that no purge crossed', async () => {
    const made = await exportCollections({ store, now: () => NOW }, FERN);
    expect(made.ok && made.value.files).toHaveLength(3);
    const [first] = made.ok ? made.value.files : [];
    expect(await store.downloads.take(hashToken(first!.token), NOW)).toBeDefined();
  });

  it('withdraws the files and says why when the purge lands while they are made', async () => {
    const made = await exportCollections({ store: purgedWhileReading(), now: () => NOW }, FERN);
    expect(made.ok).toBe(false);
    expect(!made.ok && made.message).toBe(
      'The notes of Shropshire SEND Peer Challenge 2026 were purged while the export was being made, so there is nothing to export.',
    );
    expect(await store.notes.forReview(reviewId)).toEqual([]);
    const left = await store.db.selectFrom('downloads').select('token_hash').where('review_id', '=', reviewId).execute();
    expect(left).toEqual([]);
  });
});
