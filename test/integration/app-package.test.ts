import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type TeamsManifestV1D19 } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bot/commands.js';
import { readPngHeader } from '../../src/dev/png.js';

const appPackage = join(import.meta.dirname, '..', '..', 'appPackage');
const manifestText = readFileSync(join(appPackage, 'manifest.json'), 'utf8');

/** What deployment puts in for the `${{NAME}}` placeholders. */
const deployed = (text: string): TeamsManifestV1D19.TeamsManifestV1D19 =>
  JSON.parse(
    text.replaceAll('${{BOT_ID}}', '2a7c4e1b-9d3f-4b6a-8e2c-5f1d0a9b7c63').replaceAll('${{BOT_DOMAIN}}', 'convene.example.net'),
  );

/** The schema bundled in @microsoft/app-manifest, so that validation never goes to the network. */
const bundledSchema = (manifestVersion: string) => {
  const root = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
};

describe('the Teams app package', () => {
  it('has only the placeholders deployment fills in', () => {
    const placeholders = new Set([...manifestText.matchAll(/\$\{\{(\w+)\}\}/g)].map((match) => match[1]));
    expect([...placeholders].sort()).toEqual(['BOT_DOMAIN', 'BOT_ID']);
  });

  it('is a valid manifest once deployed', async () => {
    const manifest = deployed(manifestText);
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.manifestVersion));
    expect(errors).toEqual([]);
  });

  it('would be rejected with a bot id that is not a GUID', async () => {
    const manifest = deployed(manifestText.replace('${{BOT_ID}}', 'convene-bot'));
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.manifestVersion));
    expect(errors.join('\n')).toMatch(/botId/);
  });

  it('lists the chat commands in every scope the bot is installed in', () => {
    const [bot] = deployed(manifestText).bots!;
    expect(bot!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot!.commandLists!.flatMap((list) => list.commands.map((command) => command.title));
    expect(titles.slice(0, 3)).toEqual(['help', 'import', 'schedule case reviews']);
    // Teams shows at most 10 commands a list; each must be one of the bot's command table.
    expect(titles.length).toBeLessThanOrEqual(10);
    for (const title of titles) expect(parseCommand(title), title).toBeDefined();
  });

  it('has a 192×192 colour icon and a 32×32 outline icon with transparency', () => {
    const color = readPngHeader(readFileSync(join(appPackage, 'color.png')));
    const outline = readPngHeader(readFileSync(join(appPackage, 'outline.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
  });
});
