/**
 * `npm run package`: the Teams app package built from appPackage/ and the environment, checked offline, and
 * refused (nothing written) when a variable, the schema, an icon or a valid domain is wrong.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bot/commands.js';
import { packageApp } from '../../src/cli/app-package/build.js';
import { BUILT } from '../../src/cli/app-package/built.js';
import { validDomainProblems } from '../../src/cli/app-package/domain-checks.js';
import type { Audience } from '../../src/domain/shared/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOOD = { BOT_ID: '00000000-0000-4000-8000-000000000001', PUBLIC_URL: 'https://convene.example.net' };
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder of its own: package.json and a copy of appPackage/ (without a build) to change. */
const projectCopy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'convene-package-'));
  made.push(dir);
  cpSync(join(ROOT, 'appPackage'), join(dir, 'appPackage'), { recursive: true, filter: (path) => basename(path) !== 'build' });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return { dir, packageDir: join(dir, 'appPackage'), zip: join(dir, 'appPackage', BUILT.zip) };
};

/** `npm run package` as npm runs it (in the project folder), with only the variables given. */
const runPackage = async (cwd: string, vars: Record<string, string>) => {
  const env = { ...process.env, BOT_ID: '', PUBLIC_URL: '', TEAMS_APP_ID: '', ...vars };
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  return promisify(execFile)(tsx, [join(ROOT, 'src', 'cli', 'package-app.ts')], { cwd, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
};

const unzipped = (zip: string) => unzipSync(readFileSync(zip));

const png = (width: number, height: number, rgba: (x: number, y: number) => [number, number, number, number]) => {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) image.data.set(rgba(x, y), (y * width + x) * 4);
  return PNG.sync.write(image);
};

describe('npm run package', () => {
  const project = projectCopy();

  it('builds the zip from the environment: the filled manifest, the generated command lists and both icons', async () => {
    const run = await runPackage(project.dir, GOOD);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Built appPackage/${BUILT.zip}`);
    const files = unzipped(project.zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(files['color.png']).toEqual(new Uint8Array(readFileSync(join(ROOT, 'appPackage', 'color.png'))));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.bots[0].botId).toBe(GOOD.BOT_ID);
    expect(manifest.version).toBe(version);
    expect(manifest.validDomains).toEqual(['convene.example.net']);
    expect(manifest.developer.privacyUrl).toBe('https://convene.example.net/privacy');
    expect(manifest.bots[0].commandLists.map((list: { scopes: string[] }) => list.scopes)).toEqual([['personal'], ['team', 'groupChat']]);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    // The unzipped copy beside it, which the Agents Toolkit's steps read, is the same manifest.
    expect(JSON.parse(readFileSync(join(project.packageDir, BUILT.folder, 'manifest.json'), 'utf8'))).toEqual(manifest);
  }, 60_000);

  it('without PUBLIC_URL says in one line what to set, exits 1, and leaves no zip (not even the last one)', async () => {
    expect(existsSync(project.zip)).toBe(true);
    const run = await runPackage(project.dir, { BOT_ID: GOOD.BOT_ID });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Set PUBLIC_URL to the bot's public https address/)]);
    expect(existsSync(project.zip)).toBe(false);
    expect(existsSync(join(project.packageDir, BUILT.folder))).toBe(false);
  }, 60_000);
});

describe('the package is refused, with what to fix', () => {
  const refused = async (vars: Record<string, string>, change?: (packageDir: string) => void) => {
    const project = projectCopy();
    change?.(project.packageDir);
    const result = await packageApp({ packageDir: project.packageDir, env: vars, version });
    expect(existsSync(project.zip)).toBe(false);
    return result.problems;
  };

  it('for a bot id that is not a GUID', async () => {
    expect(await refused({ ...GOOD, BOT_ID: 'convene-bot' })).toEqual([expect.stringMatching(/^BOT_ID "convene-bot" is not a GUID: set it to the bot's Microsoft App ID/)]);
  });

  it('for an http address', async () => {
    expect(await refused({ ...GOOD, PUBLIC_URL: 'http://convene.example.net' })).toEqual([expect.stringMatching(/^PUBLIC_URL "http:\/\/convene.example.net" is not https/)]);
  });

  it('for a colour icon that is not 192×192', async () => {
    const problems = await refused(GOOD, (dir) => writeFileSync(join(dir, 'color.png'), png(100, 100, () => [31, 111, 120, 255])));
    expect(problems).toEqual([expect.stringMatching(/^icons\.color \(.*appPackage\/color\.png\) is 100×100 pixels: Teams wants 192×192\.$/)]);
  });

  it('for an outline pixel that is neither white nor transparent (a transparent pixel of any colour is fine)', async () => {
    const problems = await refused(GOOD, (dir) => {
      const outline = PNG.sync.read(readFileSync(join(dir, 'outline.png')));
      outline.data.set([0, 0, 0, 0], 0);
      outline.data.set([200, 30, 30, 255], (7 * 32 + 5) * 4);
      writeFileSync(join(dir, 'outline.png'), PNG.sync.write(outline));
    });
    expect(problems).toEqual([expect.stringMatching(/^icons\.outline \(.*outline\.png\) has 1 pixels neither white nor transparent \(the first at \(5, 7\) is rgba\(200, 30, 30, 255\)\): draw it in white/)]);
  });

  it('for a manifest the schema refuses, checked against the schema the package bundles', async () => {
    const problems = await refused(GOOD, (dir) => {
      const template = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      template.name.short = 'Convene, the scheduling assistant';
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(template));
    });
    expect(problems).toEqual([expect.stringMatching(/manifest\.json: \/name\/short must NOT have more than 30 characters/)]);
  });

  it('for a manifest version whose schema is not bundled, rather than fetching one', async () => {
    const problems = await refused(GOOD, (dir) => {
      const template = readFileSync(join(dir, 'manifest.json'), 'utf8');
      writeFileSync(join(dir, 'manifest.json'), template.replace('"manifestVersion": "1.19"', '"manifestVersion": "1.99"'));
    });
    expect(problems).toEqual([expect.stringMatching(/manifestVersion 1\.99 has no schema in @microsoft\/app-manifest/)]);
  });
});

describe('validDomains', () => {
  it('takes host names, one-label wildcards over your own domain, and SharePoint\'s token', () => {
    expect(validDomainProblems(['convene.example.net', '*.example.net', '*.*.example.net', '{teamsitedomain}'], 'manifest.json')).toEqual([]);
  });

  it.each([
    ['https://convene.example.net', /has a scheme: give the host name alone, without https:\/\//],
    ['convene.example.net/api', /has a path/],
    ['convene.example.net:8443', /has a port/],
    ['conv ene.example.net', /is not a host name/],
    ['a.*.example.net', /a wildcard stands for whole leftmost labels/],
    ['*convene.example.net', /a wildcard stands for whole leftmost labels/],
    ['*.net', /covers every domain under \.net/],
    ['*.azurewebsites.net', /covers other people's apps on azurewebsites\.net: list your own host/],
  ])('refuses %j', (entry, problem) => {
    const problems = validDomainProblems([entry], 'appPackage/manifest.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(`appPackage/manifest.json validDomains "${entry}"`)).toBe(true);
    expect(problems[0]).toMatch(problem);
  });
});

describe('the command lists', () => {
  const role = (r: Partial<Audience>): Audience => ({ projectTeam: false, peer: false, lead: false, challengeManager: false, caseReviewer: false, ...r });
  /** Who uses each scope: anyone in a 1:1 chat, the project team in a team or group chat. */
  const users: Record<string, Audience[]> = {
    personal: [role({}), role({ peer: true }), role({ caseReviewer: true }), role({ lead: true }), role({ projectTeam: true })],
    team: [role({ projectTeam: true })],
    groupChat: [role({ projectTeam: true })],
  };

  it('offer, per scope, up to 10 commands of the table that its users may use there', async () => {
    const project = projectCopy();
    await packageApp({ packageDir: project.packageDir, env: GOOD, version });
    const manifest = JSON.parse(strFromU8(unzipped(project.zip)['manifest.json']!));
    const lists: { scopes: string[]; commands: { title: string; description: string }[] }[] = manifest.bots[0].commandLists;
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      expect(list.commands[0]!.title).toBe('help');
      for (const { title, description } of list.commands) {
        const parsed = parseCommand(title);
        expect(parsed?.rest, title).toBe('');
        const { command } = parsed!;
        expect(description.length).toBeLessThanOrEqual(128);
        expect(command.help!.what.startsWith(description.replace(/…$/, '')), title).toBe(true);
        for (const scope of list.scopes) {
          expect(users[scope]!.some((audience) => command.help!.for(audience)), `${title} in ${scope}`).toBe(true);
          // In a team or group chat, a command answered only in a 1:1 chat would only be refused.
          if (scope !== 'personal') expect(command.personal, `${title} in ${scope}`).toBeUndefined();
        }
      }
    }
    const titles = (scope: string) => lists.find((list) => list.scopes.includes(scope))!.commands.map((command) => command.title);
    expect(titles('personal')).toEqual(expect.arrayContaining(['my sessions', 'note', 'themes', 'timetable', 'import']));
    expect(titles('groupChat')).toEqual(expect.arrayContaining(['import', 'schedule case reviews', 'status', 'remind']));
  });
});
