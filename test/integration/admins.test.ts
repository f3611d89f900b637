/**
 * ADMINS: who may import the first review, and who is on every review's project team. Through the bot (local mode,
 * ADMINS as emails), through the import service as production runs it (ADMINS required), and as an Entra group read
 * through the real Graph client from the Graph-compatible server, page by page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphDirectory } from '../../src/graph/tenant/graph-directory.js';
import { importReview } from '../../src/services/reviews/import-review.js';
import { Admins, adminsOnEveryTeam } from '../../src/services/shared/admins.js';
import { openStore, type OpenedStore } from '../../src/store/open-store.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { staticCredential } from '../support/graph-server-credential.js';
import { startGraphServer, type GraphServer } from '../support/graph-server.js';
import { DEMO, alex, morgan, owen } from '../support/demo-people.js';

const textOf = (replies: { activity: { text?: string } }[]) => replies.map((r) => r.activity.text ?? '').join('\n');

const lines: { level: string; msg: string }[] = [];
const log = {
  info: (_: object, msg: string) => void lines.push({ level: 'info', msg }),
  warn: (_: object, msg: string) => void lines.push({ level: 'warn', msg }),
  error: (_: object, msg: string) => void lines.push({ level: 'error', msg }),
};

describe('ADMINS as emails, through the bot in local mode', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([alex, morgan, owen], { ADMINS: ` ${morgan.email.toUpperCase()} ` });
  });
  afterAll(async () => h?.close());

  it('refuses the first import to anyone else, saying who may', async () => {
    expect(textOf(await h.client.say(alex, `import\n${DEMO}`))).toMatch(/only Convene’s admins \(ADMINS\) can import the first review/);
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('lets an admin import a review whose file does not list them, and keeps them on its project team', async () => {
    expect(textOf(await h.client.say(morgan, `import\n${DEMO}`))).toMatch(/Imported/);
    const stored = (await h.convene.store.reviews.latest())!;
    expect(stored.review.projectTeam).toContain(morgan.email);
    expect(textOf(await h.client.say(morgan, 'status'))).not.toMatch(/only the project team/);
    // Only chat sees the admin on the team: the file as kept is the file as imported.
    expect((await h.convene.store.reviews.revision(stored.id, 1))!.projectTeam).not.toContain(morgan.email);
  });

  it('leaves everyone else to the file: its project team may import again, a peer may not', async () => {
    expect(textOf(await h.client.say(alex, `import\n${DEMO}`))).not.toMatch(/Sorry/);
    expect(textOf(await h.client.say(owen, `import\n${DEMO}`))).toMatch(/only the project team/);
  });
});

describe('ADMINS in production', () => {
  let store: OpenedStore;
  beforeAll(async () => {
    store = await openStore({});
  });
  afterAll(async () => store?.close());

  it('without it, refuses the first import with the one line that says how to set it, and stores nothing', async () => {
    const admins = new Admins({ emails: [], groups: [], required: true }, undefined, log);
    const refused = await importReview({ store: { ...store, reviews: adminsOnEveryTeam(store.reviews, admins) }, admins }, DEMO, alex.email);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toBe(
      'No review has been imported yet, and ADMINS is not set: set ADMINS to the emails (or the Entra group id) of who may import the first review.',
    );
    expect(await store.reviews.latest()).toBeUndefined();
  });
});

describe('ADMINS as an Entra group, read through Graph', () => {
  let graph: GraphServer;
  const GROUP = '3f1c2b9a-1d2e-4f5a-8b6c-7d8e9f0a1b2c';
  beforeAll(async () => {
    graph = await startGraphServer();
  });
  afterAll(async () => graph?.close());

  it('takes every member of the group, across pages, as an admin', async () => {
    const members = Array.from({ length: 1200 }, (_, i) => `Admin${i}@Council.example`);
    graph.setGroup(GROUP, members);
    const directory = new GraphDirectory(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    const admins = new Admins({ emails: ['it.lead@council.example'], groups: [GROUP], required: true }, directory, log);
    await admins.refresh();
    expect(admins.emails()).toHaveLength(1201);
    expect(admins.isAdmin('ADMIN1199@council.example')).toBe(true);
    expect(admins.firstImport('stranger@council.example')).toMatchObject({ message: expect.stringMatching(/only Convene’s admins/) });
    const pages = graph.requests.filter((r) => r.path === `/groups/${GROUP}/transitiveMembers/microsoft.graph.user`);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.search).toMatch(/%24select=mail%2CuserPrincipalName/);
  });

  it('keeps the members read before when the group cannot be read, and says so in the log', async () => {
    const directory = new GraphDirectory(createGraphClient({ baseUrl: graph.baseUrl, credential: staticCredential() }));
    const admins = new Admins({ emails: [], groups: [GROUP], required: true }, directory, log);
    await admins.refresh();
    graph.failNext(/transitiveMembers/, { status: 503, retryAfterSeconds: 0, times: 10 });
    await admins.refresh();
    graph.clearFailures();
    expect(admins.emails()).toHaveLength(1200);
    expect(lines.some((l) => l.level === 'error' && /the ADMINS group could not be read/.test(l.msg))).toBe(true);
  });
});
