/**
 * PGlite on a thread of its own. The embedded database is WebAssembly that runs on whichever thread calls it:
 * in the bot's thread, every statement's work (about half a card press's CPU) held up every other chat. Here the
 * bot's thread only posts the statement and reads the rows back. The process's databases share one thread, kept
 * warm (a thread's first database takes seconds longer to open than the next) but let go of while none is open,
 * so that Node can exit.
 */
import { Worker } from 'node:worker_threads';

type HostCommand = { database: number } & (
  | { op: 'open'; dataDir: string | undefined }
  | { op: 'query'; sql: string; params: unknown[] }
  | { op: 'exec'; sql: string }
  | { op: 'close' }
);

export type HostRequest = { id: number } & HostCommand;

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

type Waiter = { resolve: (reply: HostReply) => void; reject: (error: Error) => void };

/** The one thread, while any database is open on it. */
class Host {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiter>();
  private next = 1;
  /** Set once the thread has died (a WebAssembly abort): everything asked of it fails, as an outage. */
  ended: Error | undefined;
  private users = 0;

  constructor() {
    // None of the process's own flags (`--input-type`, a loader) means anything to this thread, and some refuse to load it.
    this.worker = new Worker(new URL(HOST_ENTRY, import.meta.url), { execArgv: [] });
    this.worker.on('message', (reply: HostReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      waiter?.resolve(reply);
    });
    const end = (error: Error) => {
      this.ended ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', end);
    this.worker.on('exit', (code) => end(new Error(`the database thread stopped (exit code ${code})`)));
  }

  async ask(request: HostCommand): Promise<ThreadResult<unknown>> {
    if (this.ended) throw this.ended;
    const id = this.next++;
    const reply = new Promise<HostReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage({ ...request, id });
    const answered = await reply;
    if ('error' in answered) throw new PGliteError(answered.error);
    return answered;
  }

  /** Node waits for the thread only while a database is open on it. */
  join(): void {
    if (this.users++ === 0) this.worker.ref();
  }

  leave(): void {
    if (--this.users === 0) this.worker.unref();
  }
}

let host: Host | undefined;
let databases = 0;

export class PGliteThread {
  private closed = false;

  private constructor(
    private readonly host: Host,
    private readonly database: number,
  ) {}

  /** Opens a database (in memory when `dataDir` is undefined) on the process's PGlite thread. */
  static async open(dataDir: string | undefined): Promise<PGliteThread> {
    if (!host || host.ended) host = new Host();
    const thread = new PGliteThread(host, ++databases);
    host.join();
    try {
      await host.ask({ op: 'open', database: thread.database, dataDir });
    } catch (error) {
      host.leave();
      throw error;
    }
    return thread;
  }

  query<R>(sql: string, params: unknown[]): Promise<ThreadResult<R>> {
    return this.host.ask({ op: 'query', database: this.database, sql, params }) as Promise<ThreadResult<R>>;
  }

  exec(sql: string): Promise<ThreadResult<unknown>> {
    return this.host.ask({ op: 'exec', database: this.database, sql });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.host.ended) await this.host.ask({ op: 'close', database: this.database }).catch(() => undefined);
    this.host.leave();
  }
}
