import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startConvene, type Convene } from '../../src/convene.js';
import { startPlayground, type Playground } from '../../src/dev/playground.js';
import { launchChromium, type Browser } from '../support/chromium.js';
import { PlaygroundPage } from '../support/playground-page.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const DEMO = readFileSync(new URL('examples/shropshire-2026.yaml', `file://${ROOT}`), 'utf8');

/** The whole case-review journey as the demo user, in the Agents Playground, in headless Chromium. */
describe('the case-review day in the Agents Playground', () => {
  let convene: Convene;
  let playground: Playground;
  let browser: Browser;
  let chat: PlaygroundPage;

  beforeAll(async () => {
    convene = await startConvene(readConfig({ PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'silent' }));
    playground = await startPlayground({ botEndpoint: `${convene.url}/api/messages`, port: 0, cwd: ROOT });
    browser = await launchChromium();
    chat = new PlaygroundPage(browser.page);
    await chat.open(playground.url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await convene?.close();
  });

  it('imports the demo, schedules, confirms, and answers the invite card', async () => {
    await chat.send(`import\n${DEMO}`);
    await chat.waitForBotText(/Imported .*16 cases/);

    await chat.send('schedule case reviews');
    const proposal = await chat.waitForBotText(/16 of 16 cases placed/);
    await chat.clickCardButton('Confirm and book 16', proposal);
    await chat.waitForBotText(/Booked 16 of 16\. All in the calendar/, 30_000);

    const invite = await chat.waitForBotText(/Case review C01/);
    await chat.clickCardButton('Accept', invite);
    await chat.waitForBotText(/You accepted/);

    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await chat.screenshot(`${ROOT}test-results/case-review-day.png`);

    const review = (await convene.store.reviews.latest())!;
    const mine = await convene.store.invitations.forEmail(review.id, 'alex.rowan@shropshire.example');
    expect(mine.map((i) => i.rsvp)).toContain('accepted');
  }, 120_000);
});
