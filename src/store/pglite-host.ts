/**
 * The thread that holds the process's PGlite databases (see pglite-thread.ts): it opens each one it is asked to,
 * then runs each statement it is sent on the database named, and posts back its rows or its error. One thread for
 * them all: a thread's first database takes seconds longer to open than the next, as nothing is warm yet.
 */
import { PGlite } from '@electric-sql/pglite';
import { parentPort } from 'node:worker_threads';
import type { HostReply, HostRequest } from './pglite-thread.js';

const port = parentPort!;
const databases = new Map<number, PGlite>();

/** The fields of a PostgreSQL error worth keeping; the rest of the object cannot cross threads. */
const errorOf = (error: unknown) => {
  const e = error as Record<string, unknown>;
  const plain = (key: string) => (typeof e?.[key] === 'string' ? { [key]: e[key] as string } : {});
  return { message: error instanceof Error ? error.message : String(error), ...plain('code'), ...plain('detail'), ...plain('constraint'), ...plain('severity') };
};

const run = async (request: HostRequest): Promise<HostReply> => {
  const { id, database } = request;
  try {
    if (request.op === 'open') {
      databases.set(database, await PGlite.create(request.dataDir));
      return { id, rows: [] };
    }
    const pglite = databases.get(database);
    if (!pglite) throw new Error('this database is closed');
    if (request.op === 'exec') {
      const results = await pglite.exec(request.sql);
      return { id, rows: results.at(-1)?.rows ?? [] };
    }
    if (request.op === 'close') {
      databases.delete(database);
      await pglite.close();
      return { id, rows: [] };
    }
    const result = await pglite.query(request.sql, request.params);
    return { id, rows: result.rows, command: result.command, affectedRows: result.affectedRows };
  } catch (error) {
    return { id, error: errorOf(error) };
  }
};

port.on('message', async (request: HostRequest) => port.postMessage(await run(request)));
