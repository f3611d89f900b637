import type { Kysely, Migration } from 'kysely';

/**
 * PGlite's clock can give two imports in the same millisecond the same timestamp; a sequence says which
 * came last, so "the latest review" and "the latest proposal" never depend on chance.
 */
export const importOrderMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const table of ['reviews', 'proposals']) {
      await db.schema.alterTable(table).addColumn('seq', 'bigint', (col) => col.generatedAlwaysAsIdentity()).execute();
    }
  },
};
