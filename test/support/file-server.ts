/**
 * A file host on 127.0.0.1 that misbehaves on purpose: a small file, a huge or endlessly slow one, a redirect.
 * It records every request and, per response, how many bytes it wrote and whether the client hung up first.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Served =
  | { text: string }
  /** `bytes` of 'a', streamed as fast as the client reads; with `declared`, announced in Content-Length first. */
  | { bytes: number; declared?: boolean }
  /** One byte every `everyMs`, never finishing. */
  | { trickleEveryMs: number }
  | { redirectTo: string };

export interface Response {
  path: string;
  written: number;
  closedEarly: boolean;
}

export interface FileServer {
  url: string;
  /** Every request's path, in order. */
  requests: string[];
  responses: Response[];
  serve(path: string, served: Served): string;
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, 'a');

const stream = (res: ServerResponse, record: Response, total: number) => {
  const pump = () => {
    while (record.written < total && !res.destroyed) {
      const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, total - record.written));
      record.written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
};

export const startFileServer = async (): Promise<FileServer> => {
  const routes = new Map<string, Served>();
  const requests: string[] = [];
  const responses: Response[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const record: Response = { path, written: 0, closedEarly: false };
    responses.push(record);
    res.on('close', () => {
      record.closedEarly = !res.writableFinished;
    });
    const served = routes.get(path);
    if (!served) return void res.writeHead(404).end();
    if ('text' in served) return void res.writeHead(200, { 'content-type': 'text/yaml' }).end(served.text);
    if ('redirectTo' in served) return void res.writeHead(302, { location: served.redirectTo }).end();
    if ('bytes' in served) {
      res.writeHead(200, served.declared ? { 'content-length': String(served.bytes) } : {});
      return stream(res, record, served.bytes);
    }
    res.writeHead(200);
    const timer = setInterval(() => {
      record.written += 1;
      res.write('a');
    }, served.trickleEveryMs);
    res.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    responses,
    serve: (path, served) => {
      routes.set(path, served);
      return `${url}${path}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
