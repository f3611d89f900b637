import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// In a process of its own: inside the test runner an unhandled rejection is the runner's to report.
const script = (guarded: boolean) => `
const { surviveUnhandledRejections } = await import('./src/process-guard.ts');
${guarded ? "surviveUnhandledRejections({ error: (fields, msg) => console.log(JSON.stringify({ ...fields, msg })), info() {}, warn() {} });" : ''}
Promise.reject(new Error('a background task forgot its catch'));
setTimeout(() => console.log('still running'), 100);
`;

const run = (guarded: boolean) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(guarded)], { cwd: ROOT }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

it('an unhandled rejection is logged and survived, where Node alone would end the process', async () => {
  const guarded = await run(true);
  expect(guarded.code).toBe(0);
  expect(guarded.stdout.trim().split('\n')).toEqual([
    JSON.stringify({ err: 'Error: a background task forgot its catch', msg: 'unhandled rejection' }),
    'still running',
  ]);
  const bare = await run(false);
  expect(bare.code).toBe(1);
  expect(bare.stdout).not.toMatch(/still running/);
});
