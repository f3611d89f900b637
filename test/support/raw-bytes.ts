/**
 * What someone with full access to the database server can read beneath the tables: the transaction log and the
 * tables' pages, as raw bytes. PostgreSQL is read through its own functions (pg_read_binary_file, pageinspect), as a
 * superuser; PGlite, which runs in this process, through the files of its data folder.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';

/** Where the raw bytes come from: a PostgreSQL server, or the data folder of an embedded PGlite. */
export type RawSource = { kind: 'postgres'; db: Kysely<any>; url: string } | { kind: 'pglite'; db: Kysely<any>; dataDir: string };

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
};

const concat = async (paths: string[]): Promise<Buffer> => Buffer.concat(await Promise.all(paths.map((p) => readFile(p))));

/** The transaction log from a point on: `since()` reads it as bytes; `close()` lets the server recycle it again. */
export interface LogWatch {
  since(): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Watches the log from now on. On PostgreSQL a temporary replication slot, on a connection of its own, keeps the
 * segments from being recycled meanwhile (a checkpoint would otherwise remove them on a busy server); it goes with
 * that connection, so a test that dies leaves nothing behind.
 */
export const watchLog = async (source: RawSource): Promise<LogWatch> => {
  if (source.kind === 'pglite') {
    const segments = async () => (await filesUnder(join(source.dataDir, 'pg_wal'))).filter((path) => /\/[0-9A-F]{24}$/.test(path)).sort();
    return { since: async () => withoutPageHeaders(await concat(await segments())), close: async () => {} };
  }
  const client = new pg.Client({ connectionString: source.url });
  // Dropping the test's database ends this connection too: that is no error of the test's.
  client.on('error', () => undefined);
  await client.connect();
  const slot = `convene_watch_${randomBytes(4).toString('hex')}`;
  const { rows } = await client.query<{ lsn: string }>('select lsn::text as lsn from pg_create_physical_replication_slot($1, true, true)', [slot]);
  const from = rows[0]!.lsn;
  return { since: () => segmentsSince(source.db, from), close: () => client.end() };
};

const segmentsSince = async (db: Kysely<any>, from: string): Promise<Buffer> => {
  const { rows } = await sql<{ first: string; last: string }>`
    select pg_walfile_name(${from}::pg_lsn) as first, pg_walfile_name(pg_current_wal_lsn()) as last`.execute(db);
  const { first, last } = rows[0]!;
  const { rows: files } = await sql<{ name: string }>`select name from pg_ls_waldir() where name >= ${first} and name <= ${last} and name ~ '^[0-9A-F]{24}$' order by name`.execute(db);
  const parts = await Promise.all(
    files.map(async ({ name }) => (await sql<{ bytes: Buffer }>`select pg_read_binary_file(${`pg_wal/${name}`}) as bytes`.execute(db)).rows[0]!.bytes),
  );
  // The first segment from the page of `from` on only: what it holds before was written before the watch began.
  const { rows: offsets } = await sql<{ offset: string }>`select (${from}::pg_lsn - '0/0'::pg_lsn) % pg_size_bytes(current_setting('wal_segment_size')) as offset`.execute(db);
  if (parts[0]) parts[0] = parts[0].subarray(Number(offsets[0]!.offset) - (Number(offsets[0]!.offset) % WAL_PAGE));
  return withoutPageHeaders(Buffer.concat(parts));
};

/**
 * Every page of the tables (their TOAST tables too): on PostgreSQL through pageinspect's get_raw_page, block by
 * block; on PGlite, after a checkpoint, every file of the database's relations.
 */
export const tablePages = async (source: RawSource, tables: string[]): Promise<Buffer> => {
  if (source.kind === 'pglite') {
    await sql`checkpoint`.execute(source.db);
    return concat(await filesUnder(join(source.dataDir, 'base')));
  }
  await sql`create extension if not exists pageinspect`.execute(source.db);
  const { rows: relations } = await sql<{ oid: number; blocks: number }>`
    select c.oid::int as oid, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as blocks
    from pg_class c
    where c.oid in (select oid from pg_class where relname = any(${tables}) and relnamespace = 'public'::regnamespace
                    union select reltoastrelid from pg_class where relname = any(${tables}) and relnamespace = 'public'::regnamespace and reltoastrelid <> 0)`.execute(source.db);
  const pages: Buffer[] = [];
  for (const { oid, blocks } of relations) {
    for (let block = 0; block < blocks; block += 1) {
      const { rows } = await sql<{ page: Buffer }>`select get_raw_page(${oid}::regclass::text, 'main', ${block}) as page`.execute(source.db);
      pages.push(rows[0]!.page);
    }
  }
  return Buffer.concat(pages);
};

const WAL_PAGE = 8192;
/** XLP_LONG_HEADER: the first page of a segment has the long header. */
const LONG_HEADER = 0x0002;

/**
 * The log's records without the header at the start of each 8 kB page (24 bytes, or 40 on a segment's first page),
 * which splits any record that crosses a page: a text is then found whole wherever it fell.
 */
const withoutPageHeaders = (log: Buffer): Buffer => {
  const pages: Buffer[] = [];
  for (let at = 0; at < log.length; at += WAL_PAGE) {
    const info = log.readUInt16LE(at + 2);
    pages.push(log.subarray(at + (info & LONG_HEADER ? 40 : 24), at + WAL_PAGE));
  }
  return Buffer.concat(pages);
};

/** Whether the bytes hold the text (as UTF-8, the databases' encoding). */
export const holds = (bytes: Buffer, text: string): boolean => bytes.includes(Buffer.from(text, 'utf8'));
