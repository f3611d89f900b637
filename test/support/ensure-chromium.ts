/**
 * Vitest's global setup: the end-to-end tests drive the Agents Playground in Debian's Chromium, which a fresh
 * machine does not have. As root it is installed with apt; otherwise the run stops at once and says how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';

const canInstall = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

const install = () => {
  console.log(`Chromium is not at ${PATH}: installing it for the end-to-end tests (${INSTALL}), about a minute…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
};

export default function ensureChromium(): void {
  if (existsSync(PATH)) return;
  if (process.env.CHROMIUM_PATH || !canInstall()) {
    throw new Error(`Chromium is missing at ${PATH}: run \`sudo ${INSTALL}\`, or set CHROMIUM_PATH to a Chromium.`);
  }
  install();
  if (!existsSync(PATH)) throw new Error(`Chromium is still missing at ${PATH} after \`${INSTALL}\`; install it by hand.`);
}
