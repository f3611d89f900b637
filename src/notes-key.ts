/**
 * NOTES_KEY, or in local mode the key kept beside the embedded database (made on first start), so that notes held
 * at a restart can still be released. A database in memory gets a key for this process only: it dies with it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { notesKeyBytes, type Config } from './config.js';
import { StartupError } from './startup-error.js';

export const loadNotesKey = async (config: Pick<Config, 'NOTES_KEY' | 'DATA_DIR'>): Promise<Buffer> => {
  if (config.NOTES_KEY !== undefined) return notesKeyBytes(config.NOTES_KEY)!;
  if (config.DATA_DIR === 'memory') return randomBytes(32);
  const path = join(config.DATA_DIR, 'notes.key');
  const kept = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new StartupError(`${path} cannot be read (${error.code ?? error.message}): fix its permissions, or set NOTES_KEY.`);
  });
  if (kept !== undefined) {
    const key = notesKeyBytes(kept.trim());
    if (!key) throw new StartupError(`${path} is not a notes key (64 hex digits): restore it, or set NOTES_KEY.`);
    return key;
  }
  const key = randomBytes(32);
  await mkdir(config.DATA_DIR, { recursive: true });
  await writeFile(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
};
