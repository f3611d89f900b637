import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../src/domain/programme/programme.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

/** Runs the CLI the way `npm run schedule` does, in its own process. */
const schedule = (...args: string[]) =>
  run('npx', ['tsx', 'src/cli/schedule.ts', ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

const TEMP = mkdtempSync(join(tmpdir(), 'convene-cli-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));
let written = 0;

const writeTemp = (text: string): string => {
  written += 1;
  const file = join(TEMP, `review-${written}.yaml`);
  writeFileSync(file, text);
  return file;
};

describe('npm run schedule', () => {
  it('prints the demo’s programme as JSON in the format of programme-spec.md', async () => {
    const { code, stdout } = await schedule('examples/shropshire-2026.yaml', '--json');
    expect(code).toBe(0);
    const programme = JSON.parse(stdout) as Programme;
    expect(programme.review).toBe('Shropshire SEND Peer Challenge 2026');
    const calls = programme.placed.filter((p) => p.kind === 'caseReview');
    expect(calls.map((p) => p.sessionId).sort()).toEqual(Array.from({ length: 16 }, (_, k) => `C${String(k + 1).padStart(2, '0')}`));
    expect(programme.unplaced).toEqual([]);
    for (const item of calls) {
      expect(item).toMatchObject({ kind: 'caseReview', title: `Case review ${item.sessionId}`, stream: null, location: null, online: true });
      expect(item.start).toMatch(/^2026-01-14T(09|1[0-6]):00:00\.000\+00:00$/);
      expect(item.peers).toHaveLength(1);
    }
    expect(programme.placed.find((p) => p.sessionId === 'C01')?.attendees).toEqual(['alex.rowan@shropshire.example']);
    const onSite = programme.placed.filter((p) => p.kind !== 'caseReview');
    expect(onSite.filter((p) => p.stream !== null).length).toBeGreaterThanOrEqual(30);
    expect(onSite.find((p) => p.sessionId === 'dcs')).toMatchObject({ stream: expect.stringMatching(/^[AB]$/), start: expect.stringMatching(/^2026-02-0[3-6]T.*\+00:00$/) });
    expect(onSite.find((p) => p.title === 'Council overview presentation')).toMatchObject({ stream: null, start: '2026-02-03T09:00:00.000+00:00' });
    expect(programme.coverage?.essentialVisits.every((v) => v.present)).toBe(true);
  });

  it('prints a readable timetable', async () => {
    const { code, stdout } = await schedule('examples/shropshire-2026.yaml');
    expect(code).toBe(0);
    expect(stdout).toContain('Wednesday 14 January 2026');
    expect(stdout).toMatch(/09:00–10:00 +Case review C01 +\S.* +Alex Rowan\n/);
    expect(stdout).toContain('Every case is placed.');
    expect(stdout).toContain('On-site programme');
    expect(stdout).toMatch(/Thursday 5 February 2026\nTime +Team A +Team B\n08:00–09:00 {2}Team meeting \(all peers\)/);
    expect(stdout).toContain('Every on-site session is placed.');
    expect(stdout.match(/^Times are UK time\.$/gm)).toHaveLength(2);
    expect(stdout).toContain('\nKey to initials\n  FC  Fern Castell\n');
  });

  it.each(readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => /\.(ya?ml|json)$/.test(f)))(
    'prints examples/%s within 100 columns, no title cut short, every initials in a cell in the key',
    async (example) => {
      const { code, stdout } = await schedule(`examples/${example}`);
      expect(code).toBe(0);
      expect(stdout.split('\n').filter((line) => [...line].length > 100)).toEqual([]);
      expect(stdout).not.toContain('…');
      const keyed = new Set([...stdout.matchAll(/^ {2}([A-Z]+) {2}\S/gm)].map((m) => m[1]));
      const shown = new Set([...stdout.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => m[1]!.split(/,\s*/)));
      expect(shown.size).toBeGreaterThan(0);
      expect([...shown].filter((i) => !keyed.has(i))).toEqual([]);
    },
  );

  it('lists every problem of an invalid file on stderr and exits 1', async () => {
    const file = writeTemp('review: { name: X, timeZone: Nowhere }\nthemes: []\npeers: []\ncaseReviews:\n  days: []\n  cases: [ { id: C01, caseWorker: bob } ]\n');
    const { code, stdout, stderr } = await schedule(file, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('The review file has 7 problems; nothing was imported.');
    expect(stderr).toContain('  review.timeZone: "Nowhere" is not a time zone: use a name like Europe/London');
    expect(stderr).toContain('  review.projectTeam: is missing: give a list');
    expect(stderr).toContain('  caseReviews.cases[0].caseWorker: "bob" is not an email address');
  });

  it('refuses a file with a misspelt key, suggests the key it was meant to be, and exits 1', async () => {
    const demo = readFileSync(new URL('../../examples/shropshire-2026.yaml', import.meta.url), 'utf8');
    const { code, stdout, stderr } = await schedule(writeTemp(demo.replace('timeZone: Europe/London', 'timezone: Europe/London')));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('  review.timezone: is not a field of the review section; did you mean timeZone?\n');
  });

  it('refuses a "billion laughs" file in one message, without a stack trace, and exits 1', async () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
    const { code, stdout, stderr } = await schedule(writeTemp(lines.join('\n')));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'The review file could not be read; nothing was imported.\n  the file: it repeats parts of itself through YAML aliases (*name) more than 100 times: write the parts out instead\n',
    );
  });

  it.each([
    [['no-such-file.yaml'], 'Cannot read no-such-file.yaml: check the path. Usage: npm run schedule -- FILE [--json]'],
    [['examples/shropshire-2026.yaml', '--csv'], 'Unknown option --csv. Usage: npm run schedule -- FILE [--json]'],
    [[], 'No review file given. Usage: npm run schedule -- FILE [--json]'],
  ])('with %j says what is wrong in one line and exits 2', async (args, message) => {
    const { code, stderr } = await schedule(...args);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toContain(message);
  });
});
