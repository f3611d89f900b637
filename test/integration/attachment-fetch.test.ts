import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';
import { startFileServer, type FileServer } from '../support/file-server.js';
import { SMALL_REVIEW } from '../support/small-review.js';
import type { Recorded } from '../support/connector-server.js';

const alex = user('1', 'Alex Rowan', 'alex.rowan@testshire.example');
const stranger = user('4', 'Stan Ger', 'stan.ger@elsewhere.example');

const NOT_ALLOWED = /I only read files that Teams shares from SharePoint or OneDrive; .* Please attach the file in Teams, or paste its text after \*\*import\*\*\./;
const teamsFile = (downloadUrl: string, name = 'testshire.yaml') => [
  { contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl, fileType: 'yaml' } },
];
const textOf = (replies: Recorded[]) => replies.map((r) => r.activity.text ?? '').join('\n');
const MB = 1_000_000;

describe('attached files with the production policy', () => {
  let h: BotHarness;
  let files: FileServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    files = await startFileServer();
    const logTo = { write: (line: string) => void logLines.push(line) };
    h = await startBotHarness([alex], { LOG_LEVEL: 'info' }, { attachmentSource: {}, logTo });
  });
  afterAll(async () => {
    await h?.close();
    await files?.close();
  });

  it('refuses a file on a loopback server without asking it for anything', async () => {
    const url = files.serve('/testshire.yaml', { text: SMALL_REVIEW });
    const text = textOf(await h.client.say(alex, 'import', teamsFile(url)));
    expect(text).toMatch(NOT_ALLOWED);
    expect(files.requests).toEqual([]);
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('logs the refused host but never the download token in its query', async () => {
    const url = 'https://contoso-my.sharepoint.evil.example/personal/download.aspx?UniqueId=1&tempauth=SECRET-TOKEN';
    expect(textOf(await h.client.say(alex, 'import', teamsFile(url)))).toMatch(NOT_ALLOWED);
    const refusal = logLines.find((line) => line.includes('attachment not read') && line.includes('contoso-my.sharepoint.evil.example'));
    expect(refusal).toBeDefined();
    expect(logLines.join('\n')).not.toMatch(/SECRET-TOKEN|UniqueId|download\.aspx/);
  });

  it("refuses the bot's own /healthz and echoes none of it", async () => {
    const text = textOf(await h.client.say(alex, 'import', teamsFile(`${h.convene.url}/healthz`)));
    expect(text).toMatch(NOT_ALLOWED);
    expect(text).not.toMatch(/"ok"|true/);
  });

  it('refuses a plain-text contentUrl from another channel the same way', async () => {
    const url = files.serve('/review.yaml', { text: SMALL_REVIEW });
    const replies = await h.client.say(alex, '', [{ contentType: 'text/yaml', name: 'review.yaml', contentUrl: url }]);
    expect(textOf(replies)).toMatch(NOT_ALLOWED);
    expect(files.requests).toEqual([]);
  });
});

describe('an allowed host name that resolves to a loopback address (DNS rebinding)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness([alex], { ATTACHMENT_HOSTS: 'localhost' }, { attachmentSource: {} });
  });
  afterAll(async () => h?.close());

  it('is refused after the name is resolved, before any connection', async () => {
    // The URL passes the host rule; only the connecting agent's address check stops it ("could not download" would mean it tried).
    const text = textOf(await h.client.say(alex, 'import', teamsFile('https://localhost/review.yaml')));
    expect(text).toMatch(NOT_ALLOWED);
  });
});

describe('attached files from a test server the composition root allows', () => {
  let h: BotHarness;
  let files: FileServer;
  let elsewhere: FileServer;
  beforeAll(async () => {
    files = await startFileServer();
    elsewhere = await startFileServer();
    h = await startBotHarness([alex, stranger], {}, { attachmentSource: { allow: files.url, timeoutMs: 1_000 } });
  });
  afterAll(async () => {
    await h?.close();
    await files?.close();
    await elsewhere?.close();
  });

  it('still refuses the bot’s own /healthz: the allowance is that one origin only', async () => {
    const text = textOf(await h.client.say(alex, 'import', teamsFile(`${h.convene.url}/healthz`)));
    expect(text).toMatch(NOT_ALLOWED);
  });

  it('cuts off a 200 MB file after 1 MB, hanging up on the server, without the memory to hold it', async () => {
    const url = files.serve('/huge.yaml', { bytes: 200 * MB });
    const rssBefore = process.memoryUsage().rss;
    const text = textOf(await h.client.say(alex, 'import', teamsFile(url, 'huge.yaml')));
    expect(text).toMatch(/over 1 MB/);
    const served = files.responses.find((r) => r.path === '/huge.yaml')!;
    await expect.poll(() => served.closedEarly).toBe(true);
    expect(served.written).toBeLessThan(20 * MB);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
    expect(await h.convene.store.reviews.latest()).toBeUndefined();
  });

  it('refuses a file whose Content-Length is over 1 MB before reading its body', async () => {
    const url = files.serve('/declared.yaml', { bytes: 50 * MB, declared: true });
    expect(textOf(await h.client.say(alex, 'import', teamsFile(url, 'declared.yaml')))).toMatch(/over 1 MB/);
    const served = files.responses.find((r) => r.path === '/declared.yaml')!;
    await expect.poll(() => served.closedEarly).toBe(true);
    expect(served.written).toBeLessThan(20 * MB);
  });

  it('gives up on a trickling file at the deadline and says so', async () => {
    const url = files.serve('/slow.yaml', { trickleEveryMs: 100 });
    const started = Date.now();
    const text = textOf(await h.client.say(alex, 'import', teamsFile(url, 'slow.yaml')));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(text).toMatch(/slow\.yaml took too long to download, so I stopped\. Please send it again, or paste its text after \*\*import\*\*\./);
    const served = files.responses.find((r) => r.path === '/slow.yaml')!;
    await expect.poll(() => served.closedEarly).toBe(true);
  });

  it('refuses a redirect to a source that is not allowed, without following it', async () => {
    const target = elsewhere.serve('/testshire.yaml', { text: SMALL_REVIEW });
    const url = files.serve('/moved.yaml', { redirectTo: target });
    expect(textOf(await h.client.say(alex, 'import', teamsFile(url)))).toMatch(NOT_ALLOWED);
    expect(files.requests).toContain('/moved.yaml');
    expect(elsewhere.requests).toEqual([]);
  });

  it('reports a missing file as one it could not download', async () => {
    const text = textOf(await h.client.say(alex, 'import', teamsFile(`${files.url}/gone.yaml`, 'gone.yaml')));
    expect(text).toMatch(/I could not download gone\.yaml\. Please send it again\./);
  });

  it('imports a small allowed file, following a redirect within the allowed origin', async () => {
    files.serve('/testshire.yaml', { text: SMALL_REVIEW });
    const url = files.serve('/latest.yaml', { redirectTo: '/testshire.yaml' });
    const text = textOf(await h.client.say(alex, 'import', teamsFile(url)));
    expect(text).toMatch(/Imported \*\*Testshire SEND Peer Challenge\*\*: 1 theme, 2 peers, 3 cases/);
    expect((await h.convene.store.reviews.latest())?.review.projectTeam).toEqual(['alex.rowan@testshire.example']);
  });

  it('refuses a file from someone outside the project team before downloading it', async () => {
    const url = files.serve('/takeover.yaml', { text: SMALL_REVIEW.replace('[alex.rowan@testshire.example]', '[stan.ger@elsewhere.example]') });
    const text = textOf(await h.client.say(stranger, 'import', teamsFile(url, 'takeover.yaml')));
    expect(text).toMatch(/Sorry, only the project team of Testshire SEND Peer Challenge can import a review\./);
    expect(files.requests).not.toContain('/takeover.yaml');
    expect((await h.convene.store.reviews.latest())?.review.projectTeam).toEqual(['alex.rowan@testshire.example']);
  });
});
