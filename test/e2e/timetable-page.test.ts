import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOnSite } from '../../src/domain/on-site/plan-on-site.js';
import { readOnSite } from '../../src/domain/on-site/read-on-site.js';
import { launchChromium, type Browser } from '../support/chromium.js';
import { startBotHarness, user, type BotHarness } from '../support/bot-harness.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const DEMO = readFileSync(`${ROOT}examples/shropshire-2026.yaml`, 'utf8');
const alex = user('21', 'Alex Rowan', 'alex.rowan@shropshire.example');

/** A4 landscape at 96 px per inch: how wide the printed sheet is, less the @page margins (10 mm each side). */
const A4_LANDSCAPE_CONTENT_PX = Math.floor(((297 - 20) / 25.4) * 96);

/** The demo's on-site week, planned by the real scheduler, as the project team would open and print it. */
describe('the timetable page in headless Chromium', () => {
  let h: BotHarness;
  let browser: Browser;
  let days: number;

  beforeAll(async () => {
    h = await startBotHarness([alex]);
    await h.client.say(alex, `import\n${DEMO}`);
    const stored = (await h.convene.store.reviews.latest())!;
    days = readOnSite(stored.review)!.days.length;
    await h.convene.store.proposals.create({ revision: 1, reviewId: stored.id, createdBy: alex.email, kind: 'onSite', plan: planOnSite(stored.review, new Map()) });
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('opens the link from chat, shows a sheet per day, and prints a page per day on A4 landscape', async () => {
    const text = (await h.client.say(alex, 'timetable')).map((r) => r.activity.text ?? '').join('\n');
    const link = /\]\((http[^)]+)\)/.exec(text)?.[1];
    expect(link).toBeDefined();
    const { page } = browser;
    const response = await page.goto(link!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('section.day h1').allTextContents()).resolves.toEqual([
      'Tuesday 3 February 2026',
      'Wednesday 4 February 2026',
      'Thursday 5 February 2026',
      'Friday 6 February 2026',
    ]);
    expect(await page.locator('section.day').first().locator('thead th').allTextContents()).toEqual(['Time', 'Team A', 'Team B']);
    expect(await page.locator('td.session').count()).toBeGreaterThan(20);

    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await page.screenshot({ path: `${ROOT}test-results/timetable.png`, fullPage: true });

    // In print, no table is wider than the sheet and no cell's text spills out of it: nothing is cut off.
    await page.setViewportSize({ width: A4_LANDSCAPE_CONTENT_PX, height: 700 });
    await page.emulateMedia({ media: 'print' });
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('table')].map((t) => t.scrollWidth)));
    expect(widest).toBeLessThanOrEqual(A4_LANDSCAPE_CONTENT_PX);
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent),
    );
    expect(spilling).toEqual([]);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(`${ROOT}test-results/timetable.pdf`, pdf);
    const source = pdf.toString('latin1');
    const mediaBoxes = [...source.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    // A page per day, and one for what was not placed and the coverage; every page A4 landscape (842 × 595 pt).
    expect(mediaBoxes).toHaveLength(days + 1);
    expect(mediaBoxes.every(([w, h]) => w === 842 && h === 595)).toBe(true);
  }, 60_000);
});
