import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/domain/programme.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const schedule = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/schedule.ts', ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run schedule', () => {
  it('prints the demo’s programme as JSON in the format of programme-spec.md', async () => {
    const { code, stdout } = await schedule('examples/shropshire-2026.yaml', '--json');
    expect(code).toBe(0);
    const programme = JSON.parse(stdout) as Programme;
    expect(programme.review).toBe('Shropshire SEND Peer Challenge 2026');
    expect(programme.placed).toHaveLength(16);
    expect(programme.unplaced).toEqual([]);
    expect(programme.placed[0]).toMatchObject({ kind: 'caseReview', stream: null, online: true, start: expect.stringMatching(/^2026-01-14T\d\d:00:00\.000\+00:00$/) });
  });

  it('prints a readable timetable', async () => {
    const { stdout } = await schedule('examples/shropshire-2026.yaml');
    expect(stdout).toMatch(/Wednesday 14 January 2026/);
    expect(stdout).toMatch(/09:00–10:00 +Case review C01/);
  });

  it('lists every problem of an invalid file and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convene-cli-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'review: { name: X, timeZone: Nowhere }\nthemes: []\npeers: []\n');
    const { code, stderr } = await schedule(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/review\.timeZone: "Nowhere" is not a time zone/);
    expect(stderr).toMatch(/review\.projectTeam: is missing/);
  });

  it('says how to use it when the file is missing', async () => {
    const { code, stderr } = await schedule('no-such-file.yaml');
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot read no-such-file\.yaml/);
  });
});
