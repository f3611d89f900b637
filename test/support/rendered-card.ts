/**
 * Adaptive Cards as the Agents Playground draws them, read the way a person reads them. The card is posted as
 * the bot into the Playground's own chat, so its own renderer, host config, styles and message width apply:
 * the Playground draws cards with Teams' React renderer, not with the `adaptivecards` package, and they differ.
 * One Playground and one page serve every card of a test file; each card is read as it arrives.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground, type Playground } from '../../src/dev/playground.js';
import { launchChromium, type Browser } from './chromium.js';
import { PlaygroundPage } from './playground-page.js';
import { readCard, type CardReading } from './read-card.js';
import { StandInBot } from './stand-in-bot.js';

export type RenderedCard = CardReading;

const ROOT = new URL('../../', import.meta.url).pathname;
export const CARD_SCREENSHOTS = join(ROOT, 'test-results', 'cards');

// Taller than the longest card, so that the Playground's toolbar never lies over a screenshot.
const CHAT_HEIGHT = 4000;

export class CardRenderer {
  private constructor(
    private readonly bot: StandInBot,
    private readonly playground: Playground,
    private readonly browser: Browser,
    private readonly chat: PlaygroundPage,
    private readonly logs: string,
  ) {}

  /** The Playground with the project's `.m365agentsplayground.yml` (Alex Rowan's personal chat), in Chromium. */
  static async start(): Promise<CardRenderer> {
    const logs = await mkdtemp(join(tmpdir(), 'convene-cards-'));
    const bot = await StandInBot.start();
    const playground = await startPlayground({ botEndpoint: bot.endpoint, port: 0, cwd: ROOT, logFile: join(logs, 'playground.log') });
    const browser = await launchChromium({ height: CHAT_HEIGHT });
    const chat = new PlaygroundPage(browser.page);
    await chat.open(playground.url);
    return new CardRenderer(bot, playground, browser, chat, logs);
  }

  /** Sends the card, waits for the Playground to draw it, and reads it; `screenshot` saves it as test-results/cards/<name>.png. */
  async render(card: object, screenshot?: string): Promise<RenderedCard> {
    const messages = this.chat.botMessages();
    const before = await messages.count();
    await this.bot.sendCard(card);
    const drawn = messages.nth(before).locator('.ac-adaptiveCard').first();
    await drawn.waitFor();
    await drawn.scrollIntoViewIfNeeded();
    // Read after fonts and one frame of layout, not while React is still filling the card in.
    await this.chat.page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
    if (screenshot) {
      await mkdir(CARD_SCREENSHOTS, { recursive: true });
      await drawn.screenshot({ path: join(CARD_SCREENSHOTS, `${screenshot}.png`) });
    }
    return drawn.evaluate(readCard);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.playground.stop();
    await this.bot.close();
    await rm(this.logs, { recursive: true, force: true });
  }
}
