import type { Kysely } from 'kysely';
import type { Download, DownloadRepository } from '../services/evidence-ports.js';
import type { Database } from './schema.js';

/** One-time files: taking one deletes it in the same statement, so two requests cannot both get it. */
export class SqlDownloadRepository implements DownloadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async put(tokenHash: string, download: Download, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('downloads')
      .values({
        token_hash: tokenHash,
        review_id: download.reviewId,
        file_name: download.fileName,
        content_type: download.contentType,
        body: download.body,
        expires_at: expiresAt,
      })
      .execute();
  }

  async take(tokenHash: string, now: string): Promise<Download | undefined> {
    await this.db.deleteFrom('downloads').where('expires_at', '<=', new Date(now)).execute();
    const row = await this.db.deleteFrom('downloads').where('token_hash', '=', tokenHash).returningAll().executeTakeFirst();
    return row && { reviewId: row.review_id, fileName: row.file_name, contentType: row.content_type, body: new Uint8Array(row.body) };
  }
}
