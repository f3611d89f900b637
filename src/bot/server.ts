import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Log } from '../services/ports.js';
import type { Background } from './background.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Express hosts the bot endpoint (the adapter needs an Express-style response). */
export const serveBot = async (
  options: { adapter: TeamsAdapter; app: Application<TurnState>; background: Background; log: Log; host: string; port: number },
): Promise<RunningServer> => {
  const { adapter, app, background, log } = options;
  const web = express();
  web.use(express.json({ limit: '2mb' }));
  web.get('/healthz', (_req, res) => void res.json({ ok: true }));
  web.post('/api/messages', async (req, res) => {
    let queued: (() => Promise<unknown>)[] | undefined;
    await adapter.process(req, res, async (context) => {
      await app.run(context);
      queued = background.queued(context);
    });
    background.start(queued, (error) => log.error({ err: String(error) }, 'background work failed'));
  });
  const server: Server = await new Promise((resolve) => {
    const listening = web.listen(options.port, options.host, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
