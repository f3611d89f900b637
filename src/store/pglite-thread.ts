/**
 * PGlite on a thread of its own. The embedded database is WebAssembly that runs on whichever thread calls it:
 * in the bot's thread, every statement's work (about half a card press's CPU) held up every other chat. Here the
 * bot's thread only posts the statement and reads the rows back.
 */
import { Worker } from 'node:worker_threads';

export type HostRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'close' };

export type HostReply =
  | { id: number; rows: unknown[]; command?: string; affectedRows?: number }
  | { id: number; error: { message: string; code?: string; detail?: string; constraint?: string; severity?: string } };

export interface ThreadResult<R> {
  rows: R[];
  command?: string;
  affectedRows?: number;
}

/** Under tsx this file is .ts and the thread must register tsx itself; built, it is .js beside pglite-host.js. */
const HOST_ENTRY = import.meta.url.endsWith('.ts') ? './pglite-host-dev.mjs' : './pglite-host.js';

/** A PostgreSQL error as the thread reported it, with its code and detail. */
class PGliteError extends Error {
  constructor(fields: Extract<HostReply, { error: unknown }>['error']) {
    super(fields.message);
    Object.assign(this, fields);
    this.name = 'PGliteError';
  }
}

export class PGliteThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (reply: HostReply) => void; reject: (error: Error) => void }>();
  private next = 1;
  private ended: Error | undefined;
  private closed = false;

  private constructor(dataDir: string | undefined) {
    // None of the process's own flags (`--input-type`, a loader) means anything to this thread, and some refuse to load it.
    this.worker = new Worker(new URL(HOST_ENTRY, import.meta.url), { workerData: { dataDir }, execArgv: [] });
    this.worker.on('message', (reply: HostReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      waiter?.resolve(reply);
    });
    // A thread that dies (a WebAssembly abort) fails what it was doing and everything after: an outage, said as one.
    const end = (error: Error) => {
      this.ended ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', end);
    this.worker.on('exit', (code) => end(new Error(`the database thread stopped (exit code ${code})`)));
  }

  /** Opens the database (in memory when `dataDir` is undefined) on a new thread. */
  static async open(dataDir: string | undefined): Promise<PGliteThread> {
    const thread = new PGliteThread(dataDir);
    const opened = await thread.reply(0);
    if ('error' in opened) {
      await thread.worker.terminate();
      throw new PGliteError(opened.error);
    }
    return thread;
  }

  async query<R>(sql: string, params: unknown[]): Promise<ThreadResult<R>> {
    return this.ask({ id: this.next++, op: 'query', sql, params }) as Promise<ThreadResult<R>>;
  }

  async exec(sql: string): Promise<ThreadResult<unknown>> {
    return this.ask({ id: this.next++, op: 'exec', sql });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.ended) await this.ask({ id: this.next++, op: 'close' }).catch(() => undefined);
    await this.worker.terminate();
  }

  private async ask(request: HostRequest): Promise<ThreadResult<unknown>> {
    if (this.ended) throw this.ended;
    const answer = this.reply(request.id);
    this.worker.postMessage(request);
    const reply = await answer;
    if ('error' in reply) throw new PGliteError(reply.error);
    return reply;
  }

  private reply(id: number): Promise<HostReply> {
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }
}
