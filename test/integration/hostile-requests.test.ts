import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBotProcess, startBotProcess, type BotProcess } from '../support/bot-process.js';

const PRODUCTION = {
  BOT_ID: '2a7c4e1b-9d3f-4b6a-8e2c-5f1d0a9b7c63',
  BOT_PASSWORD: 'not-a-real-secret',
  BOT_TENANT_ID: '00000000-0000-0000-0000-00000000beef',
  LINK_SECRET: 'a'.repeat(64),
  NOTES_KEY: 'b'.repeat(64),
  HOST: '127.0.0.1',
  DATA_DIR: 'memory',
};

const post = (bot: BotProcess, body: string, contentType = 'application/json') =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

const alive = async (bot: BotProcess) => (await fetch(`${bot.url}/healthz`)).status === 200;

describe('the bot in production mode (BOT_ID set) against requests that are not activities', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBotProcess(PRODUCTION);
  });
  afterAll(async () => bot?.kill());

  it.each([
    ['{}'],
    ['{"type":null}'],
    ['{"type":5}'],
    ['[]'],
    ['{"type":"message"}'],
    ['{"type":"invoke","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"a"},"from":{"id":"b"}}'],
  ])(
    'answers %s with 400 and a reason, and keeps running',
    async (body) => {
      const response = await post(bot, body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/^Not a Bot Framework activity: /);
      expect(await alive(bot)).toBe(true);
    },
  );

  it('refuses a well-formed activity with no token as unauthorised, and keeps running', async () => {
    const activity = { type: 'message', serviceUrl: 'https://smba.trafficmanager.net/uk/', conversation: { id: 'a' }, from: { id: 'b' }, recipient: { id: 'c' }, text: 'help' };
    const response = await post(bot, JSON.stringify(activity));
    expect(response.status).toBe(401);
    expect(await alive(bot)).toBe(true);
  });

  it('answers malformed JSON, a JSON string and a 5 MB body briefly: no stack, no paths, no framework header', async () => {
    const malformed = await post(bot, '{"type": "message",');
    const notAnObject = await post(bot, '"text"');
    const huge = await post(bot, JSON.stringify({ type: 'message', text: 'x'.repeat(5_000_000) }));
    const unknown = await fetch(`${bot.url}/nothing/here`);
    for (const [response, status, error] of [
      [malformed, 400, 'The request body is not a JSON object.'],
      [notAnObject, 400, 'The request body is not a JSON object.'],
      [huge, 413, 'The request body is too large.'],
      [unknown, 404, 'Not found.'],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error });
      expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(/);
    }
    expect((await fetch(`${bot.url}/healthz`)).headers.get('x-powered-by')).toBeNull();
    expect(await alive(bot)).toBe(true);
  });
});

describe('starting with a configuration that cannot work', () => {
  const oneLine = async (env: Record<string, string>) => {
    const started = runBotProcess(env);
    const code = await started.exited;
    return { code, stderr: started.stderr().trim() };
  };

  it('a single-tenant bot without BOT_TENANT_ID stops at once with one line, before opening a database', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'convene-')), 'data');
    const { BOT_TENANT_ID: _, ...withoutTenant } = PRODUCTION;
    const { code, stderr } = await oneLine({ ...withoutTenant, DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toBe("Convene cannot start: BOT_TYPE=SingleTenant needs BOT_TENANT_ID: the directory (tenant) id of the bot's app registration.");
    await expect(mkdir(dataDir)).resolves.toBeUndefined();
  });

  it('a DATA_DIR holding other files is refused, not made into a new database', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'convene-foreign-'));
    await writeFile(join(folder, 'holiday.jpg'), 'not a database');
    const { code, stderr } = await oneLine({ DATA_DIR: folder });
    expect(code).toBe(1);
    expect(stderr).toBe(`Convene cannot start: DATA_DIR ${folder} is not a Convene database: move it away or set DATA_DIR.`);
  });

  it('a damaged DATA_DIR is refused in one line, without the database engine’s own code in the log', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'convene-damaged-'));
    await mkdir(join(folder, 'global'));
    await writeFile(join(folder, 'PG_VERSION'), '18\n');
    await writeFile(join(folder, 'global', 'pg_control'), 'garbage');
    const { code, stderr } = await oneLine({ DATA_DIR: folder });
    expect(code).toBe(1);
    expect(stderr.split('\n').at(-1)).toBe(
      `Convene cannot start: DATA_DIR ${folder} holds a database that could not be opened (damaged, or another program's): move it away or set DATA_DIR.`,
    );
    expect(stderr.length).toBeLessThan(1_000);
  });
});
