/**
 * Seals a held note with NOTES_KEY (AES-256-GCM, a fresh nonce each time). The note's id and review are bound in
 * as associated data, so a sealed text moved to another row does not open. The key never reaches the database.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class NotesSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('NOTES_KEY must be 32 bytes');
  }

  seal(plain: unknown, id: string, reviewId: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(`${id}:${reviewId}`));
    const body = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
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
