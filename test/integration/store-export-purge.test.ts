import { randomUUID } from 'node:crypto';
/** Saving an export's files against a purge of the same review, on both databases. */
import { describe, expect, it } from 'vitest';
import { describeEachDatabase, type DatabaseContext } from '../support/databases.js';
import { northshire } from '../support/northshire.js';

const review = northshire([{ id: 'outcomes', title: 'Outcomes' }]);
const EXPIRES = '2026-02-06T10:00:00.000Z';

const newReview = async (context: DatabaseContext): Promise<string> => (await context.store.reviews.save({ ...review, key: randomUUID() }, 'lead@council.example')).id;

const files = (reviewId: string, round = 0) =>
  ['md', 'docx', 'pptx'].map((extension) => ({
    tokenHash: `hash-${round}-${extension}-${reviewId}`,
    download: { reviewId, fileName: `Northshire - themed collections.${extension}`, contentType: 'application/octet-stream', body: new Uint8Array([1, 2, 3]) },
  }));

const waiting = async (context: DatabaseContext, reviewId: string) =>
  (await context.db.selectFrom('downloads').select('token_hash').where('review_id', '=', reviewId).orderBy('token_hash').execute()).map((row) => row.token_hash);

describeEachDatabase('an export’s files and a purge', (context) => {
  describe('putUnlessPurged', () => {
    it('saves every file when no purge came since the export counted them', async () => {
      const reviewId = await newReview(context);
      expect(await context.store.downloads.putUnlessPurged(files(reviewId), EXPIRES, 0)).toBe(true);
      expect(await waiting(context, reviewId)).toEqual(files(reviewId).map((f) => f.tokenHash).sort());
    });

    it('saves none when a purge came in between', async () => {
      const reviewId = await newReview(context);
      await context.store.purges.purge(reviewId, 'lead@council.example');
      expect(await context.store.downloads.putUnlessPurged(files(reviewId), EXPIRES, 0)).toBe(false);
      expect(await waiting(context, reviewId)).toEqual([]);
      expect(await context.store.downloads.putUnlessPurged(files(reviewId), EXPIRES, 1)).toBe(true);
    });

    it('never leaves a file of a purged review, however the two interleave', async () => {
      for (let round = 0; round < 20; round += 1) {
        const reviewId = await newReview(context);
        const [saved] = await Promise.all([
          context.store.downloads.putUnlessPurged(files(reviewId, round), EXPIRES, 0),
          context.store.purges.purge(reviewId, 'lead@council.example'),
        ]);
        expect(typeof saved).toBe('boolean');
        expect(await waiting(context, reviewId)).toEqual([]);
      }
    });

    it('takes the files of one review only', async () => {
      const [a, b] = [await newReview(context), await newReview(context)];
      await expect(context.store.downloads.putUnlessPurged([...files(a), ...files(b)], EXPIRES, 0)).rejects.toThrow(/one review/);
      expect(await waiting(context, a)).toEqual([]);
    });
  });
});
