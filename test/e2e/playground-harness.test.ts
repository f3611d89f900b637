/**
 * Proves the end-to-end harness: a minimal teams-ai bot, the Agents Playground with the project's
 * `.m365agentsplayground.yml`, and headless Chromium driving it. The real journeys live in their own tests.
 */
import { once } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, TeamsInfo } from 'botbuilder';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/dev/playground.js';
import { launchChromium, type Browser } from '../support/chromium.js';
import { PlaygroundPage } from '../support/playground-page.js';

const greetingCard = (greeting: string) => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: greeting, wrap: true },
    { type: 'Input.Text', id: 'note', label: 'Note' },
  ],
  actions: [{ type: 'Action.Execute', title: 'Confirm', verb: 'confirm' }],
});

const confirmedCard = (note: string) => ({
  type: 'AdaptiveCard' as const,
  version: '1.5',
  body: [{ type: 'TextBlock', text: `Confirmed: ${note}`, wrap: true }],
});

const startMinimalBot = async (): Promise<{ endpoint: string; server: Server }> => {
  const adapter = new TeamsAdapter();
  const app = new Application<TurnState>({ adapter });
  app.message(/^lines\b/, async (context) => {
    await context.sendActivity(`${context.activity.text.split('\n').length} lines`);
  });
  app.message(/^hello$/, async (context) => {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const card = greetingCard(`Hello ${member.name}, ${member.email}`);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  });
  app.adaptiveCards.actionExecute<{ note?: string }>('confirm', async (_context, _state, data) =>
    confirmedCard(data.note ?? ''),
  );
  const web = express();
  web.use(express.json());
  web.post('/api/messages', (req, res) => adapter.process(req, res, (context) => app.run(context).then(() => undefined)));
  const server = web.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, server };
};

describe('the Agents Playground harness', () => {
  let bot: { endpoint: string; server: Server };
  let playground: Playground;
  let browser: Browser;
  let chat: PlaygroundPage;
  let logs: string;

  beforeAll(async () => {
    logs = await mkdtemp(join(tmpdir(), 'convene-playground-'));
    bot = await startMinimalBot();
    playground = await startPlayground({ botEndpoint: bot.endpoint, port: 0, logFile: join(logs, 'playground.log') });
    browser = await launchChromium();
    chat = new PlaygroundPage(browser.page);
    await chat.open(playground.url);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    bot?.server.close();
    await rm(logs, { recursive: true, force: true });
  });

  it('is Alex Rowan, and a card button is replaced in place by the invoke response', async () => {
    await chat.send('hello');
    await chat.waitForBotText('Hello Alex Rowan, alex.rowan@shropshire.example');

    await chat.fillCardInput('Note', 'rooms booked');
    await chat.clickCardButton('Confirm');

    await chat.waitForBotText('Confirmed: rooms booked');
    expect(await chat.botMessages().count()).toBe(1);
    expect(await chat.lastCard().getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    await mkdir('test-results', { recursive: true });
    await chat.screenshot('test-results/playground-harness.png');
  });

  it('sends a message of several lines as one text', async () => {
    await chat.send('lines\nreview:\n  name: Test');
    await chat.waitForBotText('3 lines');
  });
});
