import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/cards/shared/verbs.js';
import type { Rsvp } from '../../src/domain/invitations/rsvp.js';
import { issueRepliesLink } from '../../src/web/page-links.js';
import { startBotHarness, type BotHarness } from '../support/bot-harness.js';
import { launchChromium, type Browser } from '../support/chromium.js';
import { DEMO, alex } from '../support/demo-people.js';
import { askForPlan } from '../support/proposals.js';
import { actionsOf, cardOf } from '../support/teams-client.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SECRET = 'e2e-link-secret-0123456789abcdef0123';

/** A4 portrait at 96 px per inch, less the @page margins (12 mm each side): how wide the printed sheet is. */
const A4_PORTRAIT_CONTENT_PX = Math.floor(((210 - 24) / 25.4) * 96);

/** The demo's case reviews and on-site week booked in the local calendar, answered in part, as the project team reads the replies. */
describe('the replies page in headless Chromium', () => {
  let h: BotHarness;
  let browser: Browser;
  let link: string;

  const book = async (command: string) => {
    const proposal = await askForPlan(h, alex, command);
    const confirm = actionsOf(cardOf(proposal.activity)).find((a) => a.verb === VERBS.confirmProposal)!;
    await h.client.press(alex, proposal.activity.activityId, confirm.verb, confirm.data);
    await h.convene.idle();
  };

  beforeAll(async () => {
    h = await startBotHarness([alex], { LINK_SECRET: SECRET });
    await h.client.say(alex, `import\n${DEMO}`);
    await book('schedule case reviews');
    await book('schedule on-site');
    const reviewId = (await h.convene.store.reviews.latest())!.id;
    // Every fifth invitation declined with a reason, every fifth unsure, two in five accepted, the rest unanswered.
    const invitations = await h.convene.store.invitations.forReview(reviewId);
    const answers: (Rsvp | undefined)[] = ['declined', 'tentative', 'accepted', 'accepted', undefined];
    for (const [i, invitation] of invitations.entries()) {
      const rsvp = answers[i % answers.length];
      if (rsvp) await h.convene.store.invitations.answer(invitation.id, rsvp, rsvp === 'declined' ? 'Already booked that morning' : undefined, new Date().toISOString());
    }
    const issued = await issueRepliesLink(h.convene.store, { secret: SECRET, baseUrl: () => h.convene.url }, alex.email, new Date().toISOString());
    if (!issued.ok) throw new Error(issued.message);
    link = issued.value.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('shows every booked day with its progress, filters without JavaScript, and prints without the filters', async () => {
    const { page } = browser;
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe('Replies to the invitations');
    expect(await page.locator('section.day h2').allInnerTexts()).toEqual([
      'Wednesday 14 January',
      'Tuesday 3 February',
      'Wednesday 4 February',
      'Thursday 5 February',
      'Friday 6 February',
    ]);
    const total = await page.locator('.sheet-head .day-meta').innerText();
    expect(total).toMatch(/^54 sessions booked\n138 of 172 invitations answered$/);
    const firstDay = page.locator('section.day').first();
    await expect(firstDay.locator('.day-meta').innerText()).resolves.toBe('16 sessions · Times are UK time.');
    await expect(firstDay.locator('.progress-label').innerText()).resolves.toBe('This day: 26 of 32 answered');
    expect(await firstDay.locator('.legend li').allInnerTexts()).toEqual(['Yes: 12', 'Maybe: 7', 'No: 7', 'No reply: 6']);
    await expect(firstDay.locator('h3').first().innerText()).resolves.toMatch(/^09:00–10:00\s*Case review C01$/);
    await expect(firstDay.locator('tbody tr').first().innerText()).resolves.toBe('Alex Rowan\tNo\tAlready booked that morning');
    // The bar is as wide as the sheet's column, its segments in proportion: the yes segment is 12/32 of it.
    const [bar, yes] = await Promise.all([firstDay.locator('.bar').boundingBox(), firstDay.locator('.bar .seg-yes').boundingBox()]);
    expect(yes!.width / (bar!.width - 2)).toBeCloseTo(12 / 32, 2);

    // A filter is a plain link: the page reloads with the link's signature and the filter in its query.
    await page.locator('nav.filters a.chip', { hasText: /^No$/ }).click();
    expect(new URL(page.url()).searchParams.get('answer')).toBe('no');
    await expect(page.locator('.active').innerText()).resolves.toMatch(/^Showing only: Answer: No ✕ Clear all filters$/);
    const noAnswers = await page.locator('td .answer').allInnerTexts();
    expect(noAnswers.length).toBe(35);
    expect(new Set(noAnswers)).toEqual(new Set(['No']));

    // The person filter is a GET form back to the page (the page's CSP allows it), keeping the answer filter.
    await page.locator('select#person').selectOption({ label: 'Alex Rowan' });
    await page.locator('nav.filters button[type=submit]').click();
    await page.waitForURL(/person=/);
    await expect(page.locator('.active').innerText()).resolves.toMatch(/^Showing only: Answer: No ✕ · Person: Alex Rowan ✕ Clear all filters$/);
    expect(new Set((await page.locator('tbody tr').allInnerTexts()).map((row) => row.split('\t').slice(0, 2).join(' ')))).toEqual(new Set(['Alex Rowan No']));

    // Taking one filter off keeps the other; clearing them all shows every reply again.
    await page.getByRole('link', { name: 'Remove the answer filter' }).click();
    await expect(page.locator('.active').innerText()).resolves.toMatch(/^Showing only: Person: Alex Rowan ✕/);
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect(page.locator('.active').innerText()).resolves.toBe('Showing every reply.');

    await page.locator('nav.filters a.chip', { hasText: 'Tue 3 Feb' }).click();
    expect(await page.locator('section.day h2').allInnerTexts()).toEqual(['Tuesday 3 February']);
    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await page.screenshot({ path: `${ROOT}test-results/replies-page.png`, fullPage: true });

    // On paper: no filter controls, the filters in force still said, and nothing wider than an A4 portrait sheet.
    await page.setViewportSize({ width: A4_PORTRAIT_CONTENT_PX, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('.active').innerText()).resolves.toBe('Showing only: Day: Tue 3 Feb');
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('table, .bar')].map((t) => t.scrollWidth)));
    expect(widest).toBeLessThanOrEqual(A4_PORTRAIT_CONTENT_PX);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
  }, 60_000);
});
