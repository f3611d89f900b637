/**
 * A peer logs a note in the Agents Playground, releases it as the team lead, and sees it counted under `themes`, in
 * headless Chromium.
 *
 * Only peers may log notes, and the project's `.m365agentsplayground.yml` makes the Playground's user Alex Rowan
 * (project team). The Playground has no user switcher: it reads the file from the directory it starts in. So the
 * test copies the project's file into a temporary directory with Morgan Hale (team lead) swapped in as
 * `currentUser`, Alex taking Morgan's place among the users, and starts the Playground there.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startConvene, type Convene } from '../../src/convene.js';
import { startPlayground, type Playground } from '../../src/dev/playground.js';
import { launchChromium, type Browser } from '../support/chromium.js';
import { PlaygroundPage } from '../support/playground-page.js';
import { readCard } from '../support/read-card.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PEER = 'Morgan Hale';
const THEME = 'Impact of local area partnerships on experience and outcomes, including the local SEND Hubs attached to mainstream schools';
// Kemi Adeyemo is a case worker in the demo review; the number is one of Ofcom's drama numbers.
const TYPED = 'Kemi Adeyemo said the hubs help; ring 07700 900123';
const STORED = '[name] said the hubs help; ring [phone]';

interface PlaygroundUser {
  name: string;
  [key: string]: unknown;
}

/** The project's Playground config with `name` as the current user: the two swap places, so every id stays unique. */
const playgroundConfigAs = (name: string): string => {
  const config = parse(readFileSync(`${ROOT}.m365agentsplayground.yml`, 'utf8')) as { currentUser: PlaygroundUser; users: PlaygroundUser[] };
  const at = config.users.findIndex((user) => user.name === name);
  if (at < 0) throw new Error(`${name} is not among the users of .m365agentsplayground.yml.`);
  const me = config.users[at]!;
  config.users[at] = config.currentUser;
  config.currentUser = me;
  return stringify(config);
};

describe('a peer logs a note in the Agents Playground', () => {
  let dir: string;
  let convene: Convene;
  let playground: Playground;
  let browser: Browser;
  let chat: PlaygroundPage;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'convene-playground-peer-'));
    await writeFile(join(dir, '.m365agentsplayground.yml'), playgroundConfigAs(PEER));
    convene = await startConvene(
      readConfig({ PORT: '0', DATA_DIR: 'memory', LOG_LEVEL: 'silent', DEMO_REVIEW: `${ROOT}examples/shropshire-2026.yaml` }),
    );
    playground = await startPlayground({ botEndpoint: `${convene.url}/api/messages`, port: 0, cwd: dir });
    browser = await launchChromium();
    chat = new PlaygroundPage(browser.page);
    await chat.open(playground.url);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await convene?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs the Playground as the peer', async () => {
    // The Playground shows its current user's name in its header; Alex Rowan would be refused a note form.
    await chat.page.getByText(PEER, { exact: true }).first().waitFor();
    expect(await chat.page.getByText('Alex Rowan', { exact: true }).count()).toBe(0);
  });

  it('fills the note card, previews the redacted text, saves it, and finds it counted under its theme', async () => {
    await chat.send('note');
    // The form is the message with a Preview button (the welcome card also mentions "Log a note").
    const form = chat.botMessages().filter({ has: chat.page.getByRole('button', { name: 'Preview', exact: true }) }).last();
    await form.waitFor();
    await form.getByRole('checkbox', { name: THEME }).check();
    await form.getByRole('radio', { name: 'Strength', exact: true }).check();
    await chat.fillCardInput('Note', TYPED, form);
    await chat.clickCardButton('Preview', form);

    // The form is replaced in place by the preview: the text as it will be stored, the removals in bold.
    const preview = await chat.waitForBotText('Check your note before saving');
    expect(await chat.page.getByRole('button', { name: 'Preview', exact: true }).count()).toBe(0);
    const previewText = preview.locator('p').filter({ hasText: 'said the hubs help' });
    expect(await previewText.locator('strong').allInnerTexts()).toEqual(['[name]', '[phone]']);
    expect(await previewText.innerText()).toBe(STORED);
    expect(await preview.innerText()).not.toContain('Kemi');
    expect(await preview.innerText()).not.toContain('07700');
    await preview.getByText('1 name, 1 phone number removed.').waitFor();

    await chat.clickCardButton('Save', preview);
    const saved = await chat.waitForBotText('Note saved');
    await saved.getByText(STORED, { exact: true }).waitFor();
    await saved.getByRole('button', { name: 'Correct' }).waitFor();
    // Held until the next release: the card says by when, and themes counts it as waiting, under no theme yet.
    expect(await saved.innerText()).toMatch(/It joins the collections by \d\d:\d\d/);
    await chat.send('themes');
    const before = await chat.waitForBotText('1 more note waits for the next release');
    expect((await before.innerText()).match(/No notes yet/g)).toHaveLength(7);

    // The team lead releases it at once, as for a team meeting that is not in the programme.
    await chat.send('release notes');
    await chat.waitForBotText('Released: 1 note joined the collections');
    await chat.send('themes');
    const summary = await chat.waitForBotText('1 note: 1 strength');
    const seen = await summary.locator('.ac-adaptiveCard').first().evaluate(readCard);
    const text = seen.text.replace(/\n+/g, '\n');
    // Every theme once, as a bold title; one strength, under this theme only, and every other theme still empty.
    expect(text).toContain(`${THEME}\n1 note: 1 strength, 0 areas for consideration, 0 evidence, 0 follow-ups`);
    expect(text.match(/^\d+ notes?: /gm)).toHaveLength(1);
    expect(text.match(/^No notes yet$/gm)).toHaveLength(6);
    expect(seen.cut).toEqual([]);

    await summary.getByText(THEME, { exact: true }).scrollIntoViewIfNeeded();
    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await chat.screenshot(`${ROOT}test-results/notes-in-playground.png`);

    // What was stored is the redacted text; nothing of Kemi or the number.
    const review = (await convene.store.reviews.latest())!;
    const notes = await convene.store.notes.forReview(review.id);
    expect(notes.map(({ themes, kind, text }) => ({ themes, kind, text }))).toEqual([{ themes: ['partnerships'], kind: 'strength', text: STORED }]);
  }, 90_000);
});
