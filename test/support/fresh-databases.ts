/**
 * The two databases a test or the benchmark runs on: PGlite in memory, and a fresh PostgreSQL database.
 * PostgreSQL comes from TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); each
 * suite gets its own fresh database `convene_<random>`, dropped afterwards. When PostgreSQL cannot
 * be reached the suite fails: it is never skipped.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseOptions } from '../../src/store/database.js';

export type DatabaseName = 'pglite' | 'postgres';

export interface FreshDatabase {
  /** Opens this database (PGlite in memory: every open is a new, empty database). */
  options: DatabaseOptions;
  drop(): Promise<void>;
}

export interface TestDatabase {
  name: DatabaseName;
  create(): Promise<FreshDatabase>;
}

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const pglite: TestDatabase = {
  name: 'pglite',
  create: async () => ({ options: {}, drop: async () => {} }),
};

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const name = `convene_${randomBytes(6).toString('hex')}`;
    await asAdmin(`create database ${name}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    return {
      options: { databaseUrl: url.toString() },
      drop: () => asAdmin(`drop database if exists ${name} with (force)`),
    };
  },
};

export const DATABASES: TestDatabase[] = [pglite, postgres];

const asAdmin = async (statement: string): Promise<void> => {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(POSTGRES_URL);
    where.password = '';
    throw new Error(
      `PostgreSQL is not reachable at ${where.toString()}: start it, or set TEST_DATABASE_URL. (${String(error)})`,
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};
