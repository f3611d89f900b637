import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Convene } from '../../src/convene.js';
import type { PlaygroundPage } from '../support/playground-page.js';
import { openPlaygroundSession, photograph, ROOT, SHOTS, type PlaygroundSession } from '../support/playground-session.js';

const DEMO = readFileSync(new URL('examples/shropshire-2026.yaml', `file://${ROOT}`), 'utf8');

/** The whole case-review journey as the demo user, in the Agents Playground, in headless Chromium. */
describe('the case-review day in the Agents Playground', () => {
  let session: PlaygroundSession;
  let convene: Convene;
  let chat: PlaygroundPage;

  beforeAll(async () => {
    // Tall enough that the longest card of the journey is drawn whole, below the Playground's toolbar.
    session = await openPlaygroundSession({}, { height: 2400 });
    ({ convene, chat } = session);
  }, 90_000);

  afterAll(async () => session?.close());

  it('imports the demo, schedules, confirms, and answers the invite card, then changes the answer', async () => {
    await chat.send(`import\n${DEMO}`);
    await chat.waitForBotText(/Imported .*16 cases/);
    await chat.send('help');
    const help = await photograph(await chat.waitForBotText(/You are on the project team/), 'help');
    expect(help.text).toContain('schedule case reviews');

    await chat.send('schedule case reviews');
    const proposal = await chat.waitForBotText(/16 of 16 cases placed/);
    const proposed = await photograph(proposal, 'proposal');
    expect(proposed.cut).toEqual([]);
    expect(proposed.text).toMatch(/09:00–10:00\s+C01\s+Dev Ashdown\s+Alex Rowan/);
    await chat.clickCardButton('Confirm and book 16 case reviews', proposal);
    await chat.waitForBotText(/Booked 16 of 16 case reviews\. All in the calendar/, 30_000);

    const invite = await chat.waitForBotText(/Case review C01/);
    const pending = await photograph(invite, 'invite-before-answer');
    expect(pending.text).toContain('Wed 14 Jan, 09:00–10:00 (UK time)');
    expect(pending.buttons).toEqual(expect.arrayContaining(['Accept', 'Tentative', 'Decline']));
    await chat.clickCardButton('Accept', invite);
    const accepted = await photograph(await chat.waitForBotText(/You accepted/), 'invite-after-answer');
    // Answered, the card offers a change rather than the same three buttons again.
    expect(accepted.buttons).toEqual(['Change my answer']);

    const review = (await convene.store.reviews.latest())!;
    const mine = await convene.store.invitations.forEmail(review.id, 'alex.rowan@shropshire.example');
    expect(mine.map((i) => i.rsvp)).toContain('accepted');

    // Alex is the only one of the project team with a chat: nobody else can be told, so the card does not say so.
    await chat.clickCardButton('Change my answer', chat.botMessages().filter({ hasText: /Case review C01/ }).last());
    await chat.fillCardInput(/If you decline, why/, 'A tribunal hearing that morning', chat.botMessages().filter({ hasText: /Case review C01/ }).last());
    await chat.clickCardButton('Decline', chat.botMessages().filter({ hasText: /Case review C01/ }).last());
    const declined = await photograph(await chat.waitForBotText(/You declined/), 'invite-after-change');
    expect(declined.text).toContain('A tribunal hearing that morning');
    expect(declined.text).not.toContain('has been told');
    const changed = await convene.store.invitations.forEmail(review.id, 'alex.rowan@shropshire.example');
    expect(changed.filter((i) => i.rsvp === 'declined')).toHaveLength(1);
  }, 120_000);

  it('shows the replies per day on the status card, with their numbers, and opens the replies page from it', async () => {
    await chat.send('status');
    const card = await chat.waitForBotText(/invitations answered/);
    const status = await photograph(card, 'status');
    expect(status.cut).toEqual([]);
    expect(status.brokenWords).toEqual([]);
    expect(status.text).toContain('16 sessions booked; 1 of 32 invitations answered.');
    // The day's row as Teams draws it: every count is on screen, none drawn as nothing.
    expect(status.text).toMatch(/Wed 14\s+Jan\s+16\s+1 of 32\s+1\s+31/);
    // The demo's calls are in January 2026, over by now: a decline of a past session needs nothing done.
    expect(status.text).toContain('Every booked session is over: nothing needs your attention.');

    const opened = chat.page.context().waitForEvent('page');
    // The Playground draws Action.OpenUrl as a button with the role of a link, and opens a new window.
    await card.getByRole('link', { name: 'Open the replies page' }).click();
    const replies = await opened;
    await replies.waitForLoadState();
    await expect(replies.locator('h1').innerText()).resolves.toBe('Replies to the invitations');
    await expect(replies.locator('.sheet-head .day-meta').innerText()).resolves.toMatch(/16 sessions booked\s+1 of 32 invitations answered/);
    await replies.locator('nav.filters a.chip', { hasText: /^No$/ }).click();
    await replies.waitForLoadState();
    const rows = await replies.locator('section.day tbody tr').allInnerTexts();
    expect(rows).toEqual(['Alex Rowan\tNo\tA tribunal hearing that morning']);
    await replies.screenshot({ path: `${SHOTS}/replies-page.png`, fullPage: true });
    await replies.close();
  }, 60_000);
});
