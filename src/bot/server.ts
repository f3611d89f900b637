import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Log } from '../services/ports.js';
import type { DownloadPage } from '../web/download.js';
import type { ProgrammePage } from '../web/programme-page.js';
import type { Background } from './background.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The signature is in the address: keep it out of caches, referrers and search engines; the page needs only its inline CSS. */
const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** Express hosts the bot endpoint (the adapter needs an Express-style response) and the timetable page. */
export const serveBot = async (options: {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  background: Background;
  log: Log;
  host: string;
  port: number;
  programmePage: ProgrammePage;
  downloadPage: DownloadPage;
}): Promise<RunningServer> => {
  const { adapter, app, background, log } = options;
  const web = express();
  web.use(express.json({ limit: '2mb' }));
  web.get('/healthz', (_req, res) => void res.json({ ok: true }));
  web.get('/reviews/:id/programme', async (req, res) => {
    try {
      const page = await options.programmePage(req.params.id, req.query);
      res.status(page.status).set(PAGE_HEADERS).type('html').send(page.html);
    } catch (error) {
      log.error({ err: String(error) }, 'timetable page failed');
      res.status(500).set(PAGE_HEADERS).type('text').send('Sorry, the timetable could not be shown. Please try again in a minute.');
    }
  });
  web.get('/downloads/:token', async (req, res) => {
    try {
      const file = await options.downloadPage(req.params.token);
      res.status(file.status).set({ ...PAGE_HEADERS, ...file.headers }).send(Buffer.from(file.body));
    } catch (error) {
      log.error({ err: String(error) }, 'download failed');
      res.status(500).set(PAGE_HEADERS).type('text').send('Sorry, the file could not be sent. Please try again in a minute.');
    }
  });
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
