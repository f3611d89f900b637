/**
 * `npm run package`: builds appPackage/build/convene.zip, the Teams app package, from appPackage/manifest.json
 * and the environment (BOT_ID, PUBLIC_URL, and TEAMS_APP_ID if the toolkit registered the app), and checks it
 * offline. Run in the project folder (npm does). Exit codes: 0 built, 1 a variable or a check failed (nothing built).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageApp } from './app-package/build.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const { problems, zip } = await packageApp({ packageDir: join(process.cwd(), 'appPackage'), env: process.env, version });
if (zip === undefined) {
  for (const problem of problems) console.error(problem);
  process.exitCode = 1;
} else {
  console.log(`Built ${relative(process.cwd(), zip)} (version ${version}): upload it in Teams, or in the Teams admin centre.`);
}
