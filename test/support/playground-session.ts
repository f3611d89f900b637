/**
 * The bot, the Agents Playground pointed at it, and headless Chromium on the Playground: what each journey test
 * in test/e2e/ starts, and a card of the journey photographed and read as a person reads it.
 */
import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { readConfig } from '../../src/config.js';
import { startConvene, type Convene } from '../../src/convene.js';
import { startPlayground, type Playground } from '../../src/dev/playground.js';
import { launchChromium, type Browser } from './chromium.js';
import { PlaygroundPage } from './playground-page.js';
import { readCard } from './read-card.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SHOTS = `${ROOT}test-results/playground`;

export interface PlaygroundSession {
  convene: Convene;
  chat: PlaygroundPage;
  close(): Promise<void>;
}

/** `env` is added to a silent, in-memory local bot; `cwd` holds the Playground's config (who the user is). */
export const openPlaygroundSession = async (env: Record<string, string>, options: { cwd?: string; height?: number } = {}): Promise<PlaygroundSession> => {
  const convene: Convene = await startConvene(readConfig({ PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'silent', ...env }));
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await playground?.stop();
    await convene.close();
  };
  try {
    playground = await startPlayground({ botEndpoint: `${convene.url}/api/messages`, port: 0, cwd: options.cwd ?? ROOT });
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium(options.height ? { height: options.height } : {});
    const chat = new PlaygroundPage(browser.page);
    await chat.open(playground.url);
    return { convene, chat, close };
  } catch (error) {
    await close();
    throw error;
  }
};

/** A card of the journey as drawn, photographed to test-results/playground/<name>.png, and read as a person reads it. */
export const photograph = async (message: Locator, name: string) => {
  const card = message.locator('.ac-adaptiveCard').first();
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${SHOTS}/${name}.png` });
  return card.evaluate(readCard);
};
