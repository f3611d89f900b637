/**
 * Seals a held note with NOTES_KEY (AES-256-GCM, a fresh nonce each time). The note's id and review are bound in
 * as associated data, so a sealed text moved to another row does not open. The key never reaches the database.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
/** Sealed texts come in steps of this size: a length that matched a released note's would tie the two together. */
const PADDED_TO = 1024;
const TAG_BYTES = 16;

export class NotesSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('NOTES_KEY must be 32 bytes');
  }

  seal(plain: unknown, id: string, reviewId: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(`${id}:${reviewId}`));
    const json = Buffer.from(JSON.stringify(plain), 'utf8');
    // JSON ends where its value does: trailing spaces read back as nothing.
    const padded = Buffer.concat([json, Buffer.alloc((PADDED_TO - (json.length % PADDED_TO)) % PADDED_TO, ' ')]);
    const body = Buffer.concat([cipher.update(padded), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64');
  }

  /** Undefined when the text was sealed with another key or altered. */
  open(sealed: string, id: string, reviewId: string): unknown {
    try {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, NONCE_BYTES));
      decipher.setAAD(Buffer.from(`${id}:${reviewId}`));
      decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]);
      return JSON.parse(plain.toString('utf8'));
    } catch {
      return undefined;
    }
  }
}
