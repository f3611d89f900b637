/**
 * What someone with full access to the database server can read beneath the tables: the transaction log and the
 * tables' pages, as raw bytes. PostgreSQL is read through its own functions (pg_read_binary_file, pageinspect), as a
 * superuser; PGlite, which runs in this process, through the files of its data folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';

/** Where the raw bytes come from: a PostgreSQL server, or the data folder of an embedded PGlite. */
export type RawSource = { kind: 'postgres'; db: Kysely<any> } | { kind: 'pglite'; db: Kysely<any>; dataDir: string };

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
};

const concat = async (paths: string[]): Promise<Buffer> => Buffer.concat(await Promise.all(paths.map((p) => readFile(p))));

/** The transaction log's current position: read the log from here on with `logSince`. */
export const logPosition = async (source: RawSource): Promise<string> =>
  source.kind === 'postgres' ? (await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(source.db)).rows[0]!.lsn : '';

/** The transaction log's segments from `from` (a logPosition) to now; on PGlite, the whole log. */
export const logSince = async (source: RawSource, from: string): Promise<Buffer> => {
  if (source.kind === 'pglite') return concat(await filesUnder(join(source.dataDir, 'pg_wal')));
  const { rows } = await sql<{ first: string; last: string }>`
    select pg_walfile_name(${from}::pg_lsn) as first, pg_walfile_name(pg_current_wal_lsn()) as last`.execute(source.db);
  const { first, last } = rows[0]!;
  const { rows: files } = await sql<{ name: string }>`select name from pg_ls_waldir() where name >= ${first} and name <= ${last} and name ~ '^[0-9A-F]{24}$' order by name`.execute(source.db);
  const parts = await Promise.all(
    files.map(async ({ name }) => (await sql<{ bytes: Buffer }>`select pg_read_binary_file(${`pg_wal/${name}`}) as bytes`.execute(source.db)).rows[0]!.bytes),
  );
  // The first segment from `from` on only: what it holds before was written before the position was taken.
  const { rows: offsets } = await sql<{ offset: string }>`select (${from}::pg_lsn - '0/0'::pg_lsn) % pg_size_bytes(current_setting('wal_segment_size')) as offset`.execute(source.db);
  if (parts[0]) parts[0] = parts[0].subarray(Number(offsets[0]!.offset));
  return Buffer.concat(parts);
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

/** Whether the bytes hold the text (as UTF-8, the databases' encoding). */
export const holds = (bytes: Buffer, text: string): boolean => bytes.includes(Buffer.from(text, 'utf8'));
