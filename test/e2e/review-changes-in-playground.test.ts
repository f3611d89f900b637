/**
 * The re-import journey in the Agents Playground, as after `npm start`: Alex Rowan (project team) books the demo's
 * case reviews, imports a corrected copy of the example file (one case worker swapped, one case removed, one added),
 * reads what it changes, and applies it from the `review changes` card.
 *
 * The demo is loaded on start with its dates moved ahead (`DEMO_REVIEW_AHEAD`), and the example file keeps its own:
 * imported again, it is moved as far, so that only the edits are changes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundPage } from '../support/playground-page.js';
import { openPlaygroundSession, photograph, ROOT, type PlaygroundSession } from '../support/playground-session.js';

const FILE = 'examples/shropshire-2026.yaml';
const DEMO = readFileSync(`${ROOT}${FILE}`, 'utf8');
const SAM = 'sam.lindqvist@shropshire.example';
const KEMI = 'kemi.adeyemo@shropshire.example';
// The same edit as test/integration/review-changes.test.ts: C02's case worker swapped, C16 removed, C17 added.
const CORRECTED = DEMO.replace(`{ id: C02, caseWorker: ${SAM},`, `{ id: C02, caseWorker: ${KEMI},`)
  .replace(/\n\s+- \{ id: C16,[^\n]*/, '')
  .replace('    - { id: C15,', `    - { id: C17, caseWorker: ${SAM}, categories: [inHospital] }\n    - { id: C15,`);

describe('review changes in the Agents Playground', () => {
  let session: PlaygroundSession;
  let chat: PlaygroundPage;

  beforeAll(async () => {
    // As `npm start` runs it: the demo review loaded on start. Tall enough for the changes card to be drawn whole.
    session = await openPlaygroundSession({ TICK_SECONDS: '0', DEMO_REVIEW: `${ROOT}${FILE}`, DEMO_REVIEW_AHEAD: 'true' }, { height: 2400 });
    ({ chat } = session);
  }, 90_000);

  afterAll(async () => session?.close());

  it('books the demo, imports a corrected file, reviews the changes on their card and applies them', async () => {
    expect(CORRECTED).not.toBe(DEMO);
    expect(CORRECTED).toContain('{ id: C17,');
    expect(CORRECTED).not.toContain('{ id: C16,');

    await chat.send('schedule case reviews');
    const proposal = await chat.waitForBotText(/16 of 16 cases placed/);
    await chat.clickCardButton('Confirm and book 16 case reviews', proposal);
    await chat.waitForBotText(/Booked 16 of 16 case reviews\. All in the calendar/, 30_000);

    await chat.send(`import\n${CORRECTED}`);
    const reply = await chat.waitForBotText(/Imported revision 2 of/);
    expect(await reply.innerText()).toMatch(/Its dates are moved \d+ weeks ahead, as the demo's were when Convene started\./);
    const day = String.raw`\w{3} \d+ \w{3}`;
    expect(await reply.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^Removed: Case review C16, ${day} 09:00–10:00: no longer in the file, to be cancelled$`)),
      expect.stringMatching(new RegExp(`^Attendees added: Case review C02, ${day} 11:00–12:00: Kemi Adeyemo, to be invited$`)),
      expect.stringMatching(new RegExp(`^Attendees removed: Case review C02, ${day} 11:00–12:00: Sam Lindqvist, invitations to be cancelled$`)),
      'New: Case review C17, to be placed',
    ]);
    const said = await reply.innerText();
    // Drawn as Teams draws markdown: the command in bold, no asterisks left over.
    expect(said).toContain('Send review changes to see what applying them would move, cancel and book');
    expect(said).not.toContain('*');
    expect(await reply.locator('strong', { hasText: /^review changes$/ }).count()).toBe(1);

    await chat.send('review changes');
    const message = await chat.waitForBotText(/Will be booked \(1\)/);
    const card = await photograph(message, 'review-changes');
    expect(card.text).toContain('Will change in place (1)');
    expect(card.text).toContain('Will be cancelled (1)');
    expect(card.text).toContain('Will be booked (1)');
    expect(card.text).not.toContain('Will move');
    expect(card.buttons).toContain('Confirm 3 changes');
    expect(card.cut).toEqual([]);

    await chat.clickCardButton('Confirm 3 changes', message);
    const applied = await chat.waitForBotText('Applied 3 of 3 changes. All in the calendar.', 30_000);
    expect(await applied.getByRole('button', { name: 'Confirm 3 changes' }).count()).toBe(0);

    await chat.send('status');
    const status = await chat.waitForBotText(/sessions booked; /);
    expect(await status.innerText()).toMatch(/\b16 sessions booked; /);
  }, 60_000);
});
