/** The composition root: config → store → calendar → services → bot → server. */
import { readFile } from 'node:fs/promises';
import type { Client } from '@microsoft/microsoft-graph-client';
import pino, { type DestinationStream } from 'pino';
import type { Config } from './config.js';
import { datesAhead, parseReviewFile, weeksApart } from './domain/review-file/index.js';
import { reviewKey } from './domain/shared/index.js';
import type { DemoDates } from './services/reviews/index.js';
import { createAdapter } from './bot/edge/adapter.js';
import type { TestChannel } from './bot/edge/authentication.js';
import { createBotApp } from './bot/app.js';
import { Background } from './bot/background.js';
import { BotMessenger } from './bot/messenger.js';
import { GRAPH_LIFECYCLE_PATH, GRAPH_NOTIFICATIONS_PATH } from './bot/edge/graph-webhook.js';
import { serveBot } from './bot/edge/server.js';
import { checkGraphAccess } from './graph/tenant/access-check.js';
import { createGraphClient, credentialFromEnvironment } from './graph/graph-client.js';
import { GraphCalendar } from './graph/graph-calendar.js';
import { GraphDirectory } from './graph/tenant/graph-directory.js';
import { Admins, adminsOnEveryTeam } from './services/shared/index.js';
import { GraphAppInstaller } from './graph/graph-installer.js';
import { GraphMailer } from './graph/graph-mailer.js';
import { GraphSubscriptions, readNotices } from './graph/graph-subscriptions.js';
import { LocalCalendar } from './graph/local/local-calendar.js';
import { WorkerPlanner } from './planner/worker-planner.js';
import type { AppInstaller, CalendarPort, CalendarSubscriptions, Log, Mailer, OrganiserChanged, Store } from './services/ports/index.js';
import { surviveUnhandledRejections } from './process-guard.js';
import { loadNotesKey } from './notes-key.js';
import { entraPassword } from './store/entra-password.js';
import { openStore, type OpenedStore } from './store/open-store.js';
import { readiness } from './store/readiness.js';
import { syncCalendars, syncOrganiser } from './services/calendar-sync/index.js';
import { queueSessionPrompts, releaseDueNotes } from './services/notes/index.js';
import { Outbox, SendPacer } from './services/outbox/index.js';
import { queueDigests, queueDueReminders } from './services/reminders/index.js';
import { handleNotices, keepSubscriptions, type SubscriptionDeps } from './services/subscriptions/index.js';
import { openOutboxQueue } from './store/outbox-queue.js';
import { downloadPage } from './web/download.js';
import { programmePage } from './web/programme-page.js';
import { repliesPage } from './web/replies-page.js';

export interface Convene {
  url: string;
  store: Store;
  /** Resolves when background work (bookings) is done and every message due has been sent or has ended. */
  idle(): Promise<void>;
  /**
   * Runs the timed work once, as the timer does, and waits for what it queued: answers how many prompts, reminders and
   * digests were new, and how many answers, moves and cancellations made in calendars were followed.
   */
  tick(): Promise<{ prompts: number; reminders: number; digests: number; calendarChanges: number; notesReleased: number }>;
  close(): Promise<void>;
}

/** Parts a test may bring itself: where the log goes, or a Graph calendar with a test credential. */
export interface Overrides {
  /** The log's lines, as production writes them, go here instead of stdout: a test reads them. */
  logTo?: DestinationStream;
  calendar?: CalendarPort;
  /** Reminders by email to people with no chat (with the Graph calendar, a GraphMailer on the same client). */
  mailer?: Mailer;
  /** Installs Convene for invitees with no chat (with the Graph calendar and TEAMS_APP_CATALOG_ID, a GraphAppInstaller). */
  installer?: AppInstaller;
  /** The clock, as a UTC ISO string: tests move it through a review's day. */
  now?: () => string;
  /** How exported files are handed over; by default links in local mode, file consent in Teams. */
  fileDelivery?: 'link' | 'consent';
  /**
   * Attached files from a local test server: its origin (http://127.0.0.1:PORT) is allowed although it is
   * plain http on loopback, which nothing in the environment can allow; and a shorter download deadline.
   */
  attachmentSource?: { allow?: string; timeoutMs?: number };
  /**
   * Graph change notifications through a test's Graph client. Graph posts only to https, so Convene subscribes only
   * where PUBLIC_URL is https; `atOwnAddress` has it give Graph the bot's own plain-http address instead, which only
   * a Graph-compatible server on loopback will call: a test's choice, which no environment variable can make.
   */
  subscriptions?: { calendarSubscriptions: CalendarSubscriptions; atOwnAddress?: boolean };
  /** Who hears that an organiser's events changed (checked notifications); by default a log line says so. */
  organiserChanged?: OrganiserChanged;
  /**
   * With BOT_ID: the Bot Framework channel's tokens checked against a test's own OpenID server (and a fixed token on
   * what the bot sends), so that authentication is tested offline; no environment variable can point it elsewhere.
   */
  testChannel?: TestChannel;
}

/** Long enough for SharePoint, short enough that the turn still answers well within Teams' 15 seconds. */
const ATTACHMENT_TIMEOUT_MS = 8_000;
/** How often a worker looks for due outbox jobs. */
const OUTBOX_POLL_SECONDS = 0.5;
/** Plans computed at once, each in its own thread: one is enough on a 2-core host; another waits its turn. */
const PLANNER_THREADS = 1;

export const startConvene = async (config: Config, overrides: Overrides = {}): Promise<Convene> => {
  const log = pino({ level: config.LOG_LEVEL }, overrides.logTo);
  // One identity for Graph and for the database's Microsoft Entra sign-in: in Azure, the app's managed identity.
  const credential =
    config.CALENDAR === 'graph' || config.DATABASE_AUTH === 'entra'
      ? credentialFromEnvironment({
          tenantId: config.AZURE_TENANT_ID,
          clientId: config.AZURE_CLIENT_ID,
          clientSecret: config.AZURE_CLIENT_SECRET,
          managedIdentityClientId: config.AZURE_CLIENT_ID,
        })
      : undefined;
  if (config.CALENDAR === 'graph' && credential) {
    const features = { mailboxAccess: config.GRAPH_MAILBOX_ACCESS, emailReminders: config.EMAIL_REMINDERS, installsApp: config.TEAMS_APP_CATALOG_ID !== undefined };
    for (const { permission, message } of await checkGraphAccess(credential, features, config.AZURE_CLIENT_ID)) log.warn({ permission }, message);
  }
  const stopGuard = surviveUnhandledRejections(log);
  const password = config.DATABASE_AUTH === 'entra' && credential ? entraPassword(credential) : undefined;
  const opened = await openStore({
    databaseUrl: config.DATABASE_URL,
    password,
    dataDir: config.DATA_DIR === 'memory' ? undefined : config.DATA_DIR,
    notesKey: await loadNotesKey(config),
  });
  const graph = config.CALENDAR === 'graph' && credential ? createGraphClient({ baseUrl: config.GRAPH_BASE_URL, credential }) : undefined;
  const admins = new Admins({ ...config.ADMINS, required: !config.localMode }, graph && new GraphDirectory(graph), log);
  await admins.refresh();
  const store: OpenedStore = { ...opened, reviews: adminsOnEveryTeam(opened.reviews, admins) };
  const calendar: CalendarPort = overrides.calendar ?? (graph ? new GraphCalendar(graph) : new LocalCalendar(store.db));
  const mailer: Mailer | undefined = overrides.mailer ?? (graph && config.EMAIL_REMINDERS ? new GraphMailer(graph) : undefined);
  const installer: AppInstaller | undefined = overrides.installer ?? (graph && config.TEAMS_APP_CATALOG_ID ? new GraphAppInstaller(graph, config.TEAMS_APP_CATALOG_ID) : undefined);
  const planner = new WorkerPlanner({ maxThreads: PLANNER_THREADS, timeLimitSeconds: config.PLAN_TIME_LIMIT_SECONDS });
  const demoDates = config.DEMO_REVIEW
    ? await loadDemo(store, config.DEMO_REVIEW, config.DEMO_REVIEW_AHEAD ? (overrides.now?.() ?? new Date().toISOString()) : undefined, log)
    : undefined;
  const adapter = createAdapter(config, overrides.testChannel);
  const botAppId = config.BOT_ID ?? '';
  const background = new Background();
  const messenger = new BotMessenger(adapter, botAppId);
  // Links name the bot's own address in local mode, known only once it listens (PORT may be 0).
  let ownUrl = '';
  const baseUrl = () => config.PUBLIC_URL ?? ownUrl;
  const now = overrides.now ?? (() => new Date().toISOString());
  const files = { mode: overrides.fileDelivery ?? (config.localMode ? ('link' as const) : ('consent' as const)), baseUrl };
  const attachments = {
    hosts: config.ATTACHMENT_HOSTS,
    timeoutMs: overrides.attachmentSource?.timeoutMs ?? ATTACHMENT_TIMEOUT_MS,
    testOrigin: overrides.attachmentSource?.allow,
  };
  const queue = await openOutboxQueue({ databaseUrl: config.DATABASE_URL, password, db: store.db, leaseSeconds: config.OUTBOX_LEASE_SECONDS, pollSeconds: OUTBOX_POLL_SECONDS, log });
  const outbox = new Outbox({ store, calendar, mailer, installer, messenger, queue, pacer: new SendPacer(store.sendLog), log, now, leaseSeconds: config.OUTBOX_LEASE_SECONDS });
  await queue.work(async (key) => void (await outbox.deliver(key)));
  const deps = { store, calendar, mailer, planner, messenger, outbox, background, log, now, files, attachments, demoDates, admins };
  const watching = changeNotifications(config, overrides, graph, () => ownUrl);
  const subscriptionDeps: SubscriptionDeps | undefined = watching && {
    store,
    ...watching,
    // Missed notifications too are read from the kept delta token: a full resync could not see what was cancelled meanwhile.
    organiserChanged: overrides.organiserChanged ?? (async (organiser) => void (await syncOrganiser(deps, organiser))),
    log,
    now,
    tickSeconds: config.TICK_SECONDS,
  };
  const links = { secret: config.LINK_SECRET, baseUrl };
  const app = createBotApp(adapter, botAppId, deps, links);
  const page = programmePage({ reviews: store.reviews, store, linkSecret: config.LINK_SECRET, now: deps.now });
  const server = await serveBot({
    adapter,
    app,
    background,
    log,
    host: config.host,
    port: config.PORT,
    tenants: config.tenants,
    graphTenants: config.graphTenants,
    programmePage: page,
    repliesPage: repliesPage({ store, calendar, outbox, log, linkSecret: config.LINK_SECRET, now }),
    downloadPage: downloadPage(store, now),
    readiness: () => readiness(store.db),
    graphNotifications:
      subscriptionDeps &&
      ((body) => {
        const notices = readNotices(body);
        return notices && (() => handleNotices(subscriptionDeps, notices));
      }),
  });
  const tick = async () => {
    await outbox.requeue();
    await admins.refresh();
    if (subscriptionDeps) await keepSubscriptions(subscriptionDeps);
    // Calendars first: no one is reminded of a session they answered, or that moved, in Outlook since the last tick.
    const calendarChanges = await syncCalendars(deps);
    const notesReleased = await releaseDueNotes(deps);
    return { prompts: await queueSessionPrompts(deps), reminders: await queueDueReminders(deps), digests: await queueDigests(deps), calendarChanges, notesReleased };
  };
  const timer = config.TICK_SECONDS > 0 ? setInterval(() => void tick().catch((error: unknown) => log.error({ err: String(error) }, 'timed work failed')), config.TICK_SECONDS * 1000) : undefined;
  timer?.unref();
  const idle = async () => {
    await background.idle();
    // With the database away nothing can be sent (nor known to be waiting): there is nothing to wait for.
    const waiting = () => store.messages.undelivered(now()).catch(() => 0);
    while ((await waiting()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  ownUrl = server.url;
  log.info(
    { url: server.url, calendar: config.CALENDAR, database: config.DATABASE_URL ? 'postgres' : 'pglite', changeNotifications: subscriptionDeps !== undefined },
    'Convene is listening',
  );
  return {
    url: server.url,
    store,
    idle,
    tick: async () => {
      const queued = await tick();
      await idle();
      return queued;
    },
    close: async () => {
      clearInterval(timer);
      await server.close();
      // A plan still running is stopped rather than waited for: its chat is told it failed.
      await planner.close();
      await background.idle();
      await queue.stop();
      await store.close();
      stopGuard();
    },
  };
};

/**
 * Where Graph is to post changes to organisers' events, if anywhere: Graph calls only https addresses, so only where
 * PUBLIC_URL is one (or where a test says so, through Overrides) and there is Graph to subscribe with.
 */
const changeNotifications = (config: Config, overrides: Overrides, graph: Client | undefined, ownUrl: () => string) => {
  const calendarSubscriptions = overrides.subscriptions?.calendarSubscriptions ?? (graph && new GraphSubscriptions(graph));
  const publicUrl = config.PUBLIC_URL && /^https:\/\//i.test(config.PUBLIC_URL) ? config.PUBLIC_URL : undefined;
  const base = overrides.subscriptions?.atOwnAddress ? ownUrl : publicUrl && (() => publicUrl);
  if (!calendarSubscriptions || !base) return undefined;
  const at = (path: string) => `${base().replace(/\/+$/, '')}${path}`;
  return { calendarSubscriptions, urls: () => ({ notificationUrl: at(GRAPH_NOTIFICATIONS_PATH), lifecycleNotificationUrl: at(GRAPH_LIFECYCLE_PATH) }) };
};

/**
 * The demo review is imported on first start only: a newcomer's own imports are never overwritten. Answers how far
 * its dates were moved ahead (read from what is stored, so the same after a restart), for its file imported again.
 */
const loadDemo = async (store: Store, path: string, aheadOf: string | undefined, log: Log): Promise<DemoDates | undefined> => {
  const text = await readFile(path, 'utf8');
  const original = parseReviewFile(text);
  if (!original.ok) throw new Error(`The demo review ${path} is invalid:\n${(original.details ?? []).join('\n')}`);
  const key = reviewKey(original.value);
  if (!(await store.reviews.latest())) {
    const parsed = parseReviewFile(aheadOf ? datesAhead(text, aheadOf.slice(0, 10)) : text);
    if (!parsed.ok) throw new Error(`The demo review ${path}, its dates moved ahead, is invalid:\n${(parsed.details ?? []).join('\n')}`);
    await store.reviews.save(parsed.value, 'demo');
    log.info({ review: parsed.value.name }, 'demo review loaded');
  }
  const stored = aheadOf ? await store.reviews.byKey(key) : undefined;
  const first = stored && (await store.reviews.revision(stored.id, 1));
  const weeks = first ? weeksApart(text, JSON.stringify(first)) : 0;
  return weeks > 0 ? { key, weeks } : undefined;
};
