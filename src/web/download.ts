/** GET /downloads/:token: an exported file, once. The token is the whole capability; it is never logged. */
import { takeDownload } from '../services/notes/index.js';
import type { Store } from '../services/ports/index.js';

export interface DownloadResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

export type DownloadPage = (token: string) => Promise<DownloadResponse>;

export const downloadPage =
  (store: Store, now: () => string): DownloadPage =>
  async (token): Promise<DownloadResponse> => {
    const file = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await takeDownload(store, token, now()) : undefined;
    if (!file) {
      return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'This download link no longer works: it has been used, it has expired, or the review’s notes have been purged. Send the export command to the bot again for a new one.',
      };
    }
    return {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      },
      body: file.body,
    };
  };
