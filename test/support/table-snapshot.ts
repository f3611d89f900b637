/** What an action wrote, found by reading the whole store before and after it. */
import { sql, type Kysely } from 'kysely';

/** Every row of every table of the store, system columns included, by table. */
export const snapshot = async (db: Kysely<any>): Promise<Map<string, string[]>> => {
  const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db);
  const all = new Map<string, string[]>();
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`select xmin::text || ' ' || ctid::text || ' ' || t::text as row from ${sql.table(name)} t order by ctid`.execute(db);
    all.set(name, rows.map((r) => r.row));
  }
  return all;
};

export const changedTables = (before: Map<string, string[]>, after: Map<string, string[]>): string[] =>
  [...after.keys()].filter((name) => JSON.stringify(before.get(name)) !== JSON.stringify(after.get(name)));
