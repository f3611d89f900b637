/**
 * `npm run build && node dist/index.js`, as production runs it: the compiled bot serves /healthz and /readyz, answers a
 * bad request, and plans the demo's on-site programme in its worker thread with no TypeScript loader at all.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { startConnectorServer, type ConnectorServer } from '../support/connector-server.js';
import { EVERYONE, everyoneAs, installEveryone } from '../support/demo-everyone.js';
import { alex as demoAlex } from '../support/demo-people.js';
import { actionsOf, cardOf, TeamsClient } from '../support/teams-client.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const alex = everyoneAs(demoAlex.email);

let bot: BotProcess;
let connector: ConnectorServer;

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: ROOT });
  connector = await startConnectorServer();
  EVERYONE.forEach((u) => connector.addUser(u));
  bot = await startBotProcess({ DATA_DIR: 'memory', DEMO_REVIEW: 'examples/shropshire-2026.yaml', CALENDAR: 'local' }, { built: true });
}, 120_000);

afterAll(async () => {
  await bot?.kill();
  await connector?.close();
});

describe('the production build', () => {
  it('runs dist/index.js under plain node: health, and a 400 for a body that is not an activity', async () => {
    expect(bot.child.spawnargs.slice(1)).toEqual(['dist/index.js']);
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${bot.url}/readyz`)).json()).toEqual({ ready: true });
    const bad = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(bad.status).toBe(400);
  });

  it('plans the demo on-site programme in the built worker thread', async () => {
    const client = new TeamsClient(bot.url, connector);
    await installEveryone(client);
    await client.say(alex, 'schedule on-site');
    const until = Date.now() + 40_000;
    while (!connector.recorded.some((r) => actionsOf(cardOf(r)).some((a) => a.verb === VERBS.confirmProposal))) {
      if (Date.now() > until) throw new Error(`no proposal card; the bot said: ${bot.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(bot.stderr()).toBe('');
  }, 60_000);
});
