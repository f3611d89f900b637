import express, { type ErrorRequestHandler } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Log } from '../../services/ports/index.js';
import type { DownloadPage } from '../../web/download.js';
import type { ProgrammePage } from '../../web/programme-page.js';
import type { RepliesPage } from '../../web/replies-page.js';
import { activityProblem } from './activity-shape.js';
import { graphWebhook, type NotificationsHandler } from './graph-webhook.js';
import { fromServedTenant, refuseOtherTenant } from './tenants.js';
import type { Tenants } from '../../config.js';
import type { Background } from '../background.js';

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

/** The replies page filters by person through a GET form back to itself. */
const REPLIES_HEADERS = {
  ...PAGE_HEADERS,
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/** Express hosts the bot endpoint (the adapter needs an Express-style response), its pages, and Graph's notifications. */
export const serveBot = async (options: {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  background: Background;
  log: Log;
  host: string;
  port: number;
  programmePage: ProgrammePage;
  repliesPage: RepliesPage;
  downloadPage: DownloadPage;
  /** Whose activity is taken, and whose Graph notifications (config.ts). */
  tenants: Tenants;
  graphTenants: Tenants;
  /** Graph's change notifications on organisers' events; without it (no subscriptions) those addresses are unknown. */
  graphNotifications?: NotificationsHandler;
  /** /readyz: whether this instance can serve (the database answers and is migrated). */
  readiness: () => Promise<{ ready: true } | { ready: false; problem: string }>;
}): Promise<RunningServer> => {
  const { adapter, app, background, log } = options;
  const web = express();
  web.disable('x-powered-by');
  // Before the JSON parser: these read their bodies themselves, with their own limit.
  if (options.graphNotifications) web.use(graphWebhook(options.graphNotifications, options.graphTenants, background, log));
  web.use(express.json({ limit: '2mb' }));
  web.get('/healthz', (_req, res) => void res.json({ ok: true }));
  web.get('/readyz', async (_req, res) => {
    const state = await options.readiness();
    res.status(state.ready ? 200 : 503).json(state);
  });
  web.get('/reviews/:id/programme', async (req, res) => {
    try {
      const page = await options.programmePage(req.params.id, req.query);
      res.status(page.status).set(PAGE_HEADERS).type('html').send(page.html);
    } catch (error) {
      log.error({ err: String(error) }, 'timetable page failed');
      res.status(500).set(PAGE_HEADERS).type('text').send('Sorry, the timetable could not be shown. Please try again in a minute.');
    }
  });
  web.get('/reviews/:id/replies', async (req, res) => {
    try {
      const page = await options.repliesPage(req.params.id, req.query);
      res.status(page.status).set(REPLIES_HEADERS).type('html').send(page.html);
    } catch (error) {
      log.error({ err: String(error) }, 'replies page failed');
      res.status(500).set(PAGE_HEADERS).type('text').send('Sorry, the replies could not be shown. Please try again in a minute.');
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
    const problem = activityProblem(req.body);
    if (problem) return void res.status(400).json({ error: problem });
    let queued: (() => Promise<unknown>)[] | undefined;
    try {
      if (!fromServedTenant(options.tenants, req.body)) {
        const refusal = await refuseOtherTenant(adapter, req.body, req.headers.authorization, log);
        return void res.status(refusal.status).json({ error: refusal.error });
      }
      await adapter.process(req, res, async (context) => {
        try {
          await app.run(context);
        } finally {
          queued = background.queued(context);
        }
      });
    } catch (error) {
      log.error({ err: String(error) }, 'activity failed');
      if (!res.headersSent) res.status(500).json({ error: 'Convene could not handle this activity. Please try again in a minute.' });
    }
    background.start(queued, (error) => log.error({ err: String(error) }, 'background work failed'));
  });
  web.use((_req, res) => void res.status(404).json({ error: 'Not found.' }));
  web.use(answerErrors(log));
  const server: Server = await new Promise((resolve) => {
    const listening = web.listen(options.port, options.host, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
    close: () => closeGracefully(server),
  };
};

/** Errors at the edge (a body that is not JSON, or too large) are answered briefly: no stack, no paths. */
const answerErrors =
  (log: Log): ErrorRequestHandler =>
  (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      error?.type === 'entity.parse.failed'
        ? 'The request body is not a JSON object.'
        : error?.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status < 500
            ? 'The request could not be read.'
            : 'Something went wrong on our side.';
    if (status >= 500) log.error({ err: String(error) }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: message });
  };

/** Long enough for any request under way to be answered; App Service waits 30 s after SIGTERM before it kills. */
const CLOSE_GRACE_MS = 20_000;

/**
 * Takes no new connection, answers the requests under way, and ends each keep-alive connection once it is idle
 * (Node ends only those idle at the moment close is called). After the grace period, whatever is left is cut.
 */
const closeGracefully = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
