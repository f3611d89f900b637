import type { Kysely } from 'kysely';
import type { Download, DownloadRepository } from '../../../services/ports/index.js';
import type { Database } from '../../schema.js';

/** One-time files: taking one deletes it in the same statement, so two requests cannot both get it. */
export class SqlDownloadRepository implements DownloadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async put(tokenHash: string, download: Download, expiresAt: string): Promise<void> {
    await this.db.insertInto('downloads').values(row(tokenHash, download, expiresAt)).execute();
  }

  async putUnlessPurged(files: { tokenHash: string; download: Download }[], expiresAt: string, purgesSeen: number): Promise<boolean> {
    const reviewIds = [...new Set(files.map((file) => file.download.reviewId))];
    if (reviewIds.length !== 1) throw new Error('putUnlessPurged takes the files of one review');
    const [reviewId] = reviewIds;
    return this.db.transaction().execute(async (trx) => {
      // A purge holds the review for update: this waits for one in progress, and one that starts waits for this.
      await trx.selectFrom('reviews').select('id').where('id', '=', reviewId!).forShare().execute();
      const { purges } = await trx
        .selectFrom('purges')
        .select((eb) => eb.fn.countAll<string>().as('purges'))
        .where('review_id', '=', reviewId!)
        .executeTakeFirstOrThrow();
      if (Number(purges) !== purgesSeen) return false;
      await trx.insertInto('downloads').values(files.map(({ tokenHash, download }) => row(tokenHash, download, expiresAt))).execute();
      return true;
    });
  }

  async take(tokenHash: string, now: string): Promise<Download | undefined> {
    await this.db.deleteFrom('downloads').where('expires_at', '<=', new Date(now)).execute();
    const row = await this.db.deleteFrom('downloads').where('token_hash', '=', tokenHash).returningAll().executeTakeFirst();
    return row && { reviewId: row.review_id, fileName: row.file_name, contentType: row.content_type, body: new Uint8Array(row.body) };
  }
}

const row = (tokenHash: string, download: Download, expiresAt: string) => ({
  token_hash: tokenHash,
  review_id: download.reviewId,
  file_name: download.fileName,
  content_type: download.contentType,
  body: download.body,
  expires_at: expiresAt,
});
