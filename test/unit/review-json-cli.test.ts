import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { parseReviewFile } from '../../src/domain/review-file/parse-review-file.js';

const ROOT = new URL('../../', import.meta.url).pathname;

it('npm run review-json prints the review file as one line that imports to the same review', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/review-to-json.ts', 'examples/shropshire-2026.yaml'], { cwd: ROOT });
  const line = stdout.trim();
  expect(line).not.toContain('\n');
  const fromJson = parseReviewFile(line);
  const fromYaml = parseReviewFile(readFileSync(`${ROOT}examples/shropshire-2026.yaml`, 'utf8'));
  expect(fromJson.ok).toBe(true);
  expect(fromJson).toEqual(fromYaml);
});
