import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNotesKey } from '../../src/notes-key.js';
import { NotesSeal } from '../../src/store/repositories/evidence/notes-seal.js';

describe('the notes key', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is NOTES_KEY when given; in local mode it is made once in DATA_DIR, kept private, and read back', async () => {
    dir = await mkdtemp(join(tmpdir(), 'convene-key-'));
    expect(await loadNotesKey({ NOTES_KEY: 'ab'.repeat(32), DATA_DIR: dir })).toEqual(Buffer.from('ab'.repeat(32), 'hex'));
    const dataDir = join(dir, 'data');
    const made = await loadNotesKey({ NOTES_KEY: undefined, DATA_DIR: dataDir });
    expect(made).toHaveLength(32);
    expect((await stat(join(dataDir, 'notes.key'))).mode & 0o777).toBe(0o600);
    expect(await loadNotesKey({ NOTES_KEY: undefined, DATA_DIR: dataDir })).toEqual(made);
    expect(await loadNotesKey({ NOTES_KEY: undefined, DATA_DIR: 'memory' })).not.toEqual(made);
  });

  it('refuses a key file that is not a key, saying what to do', async () => {
    dir = await mkdtemp(join(tmpdir(), 'convene-key-'));
    await writeFile(join(dir, 'notes.key'), 'not a key\n');
    await expect(loadNotesKey({ NOTES_KEY: undefined, DATA_DIR: dir })).rejects.toThrow(/is not a notes key \(64 hex digits\): restore it, or set NOTES_KEY/);
    expect(await readFile(join(dir, 'notes.key'), 'utf8')).toBe('not a key\n');
  });
});

describe('a held note’s seal', () => {
  const seal = new NotesSeal(randomBytes(32));
  const note = { text: 'The panel meets weekly.', day: '2026-02-03' };

  it('opens with the key, the id and the review it was sealed with, and with nothing else', () => {
    const sealed = seal.seal(note, 'note-1', 'review-1');
    expect(seal.open(sealed, 'note-1', 'review-1')).toEqual(note);
    expect(seal.open(sealed, 'note-2', 'review-1')).toBeUndefined();
    expect(seal.open(sealed, 'note-1', 'review-2')).toBeUndefined();
    expect(new NotesSeal(randomBytes(32)).open(sealed, 'note-1', 'review-1')).toBeUndefined();
    const altered = Buffer.from(sealed, 'base64');
    altered[40] = altered[40]! ^ 1;
    expect(seal.open(altered.toString('base64'), 'note-1', 'review-1')).toBeUndefined();
    expect(seal.open('not base64 at all', 'note-1', 'review-1')).toBeUndefined();
  });

  it('seals the same note differently each time, to a length that says nothing of the text’s', () => {
    const one = seal.seal(note, 'note-1', 'review-1');
    expect(seal.seal(note, 'note-1', 'review-1')).not.toBe(one);
    expect(seal.seal({ ...note, text: 'x'.repeat(900) }, 'note-1', 'review-1')).toHaveLength(one.length);
    expect(seal.seal({ ...note, text: 'x'.repeat(1100) }, 'note-1', 'review-1').length).toBeGreaterThan(one.length);
  });

  it('needs a key of 32 bytes', () => {
    expect(() => new NotesSeal(randomBytes(16))).toThrow(/32 bytes/);
  });
});
