/**
 * The thread that holds PGlite (see pglite-thread.ts): it opens the database named in workerData, then runs each
 * statement it is sent, one at a time, and posts back its rows or its error.
 */
import { PGlite } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';
import type { HostReply, HostRequest } from './pglite-thread.js';

const port = parentPort!;
const post = (reply: HostReply) => port.postMessage(reply);

/** The fields of a PostgreSQL error worth keeping; the rest of the object cannot cross threads. */
const errorOf = (error: unknown) => {
  const e = error as Record<string, unknown>;
  const plain = (key: string) => (typeof e?.[key] === 'string' ? { [key]: e[key] as string } : {});
  return { message: error instanceof Error ? error.message : String(error), ...plain('code'), ...plain('detail'), ...plain('constraint'), ...plain('severity') };
};

const run = async (pglite: PGlite, request: HostRequest): Promise<HostReply> => {
  try {
    if (request.op === 'exec') {
      const results = await pglite.exec(request.sql);
      return { id: request.id, rows: results.at(-1)?.rows ?? [] };
    }
    if (request.op === 'close') {
      await pglite.close();
      return { id: request.id, rows: [] };
    }
    const result = await pglite.query(request.sql, request.params);
    return { id: request.id, rows: result.rows, command: result.command, affectedRows: result.affectedRows };
  } catch (error) {
    return { id: request.id, error: errorOf(error) };
  }
};

try {
  const pglite = await PGlite.create((workerData as { dataDir?: string }).dataDir);
  port.on('message', async (request: HostRequest) => post(await run(pglite, request)));
  post({ id: 0, rows: [] });
} catch (error) {
  post({ id: 0, error: errorOf(error) });
}
