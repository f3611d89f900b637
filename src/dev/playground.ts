/**
 * Starts the Microsoft 365 Agents Playground CLI as a child process: no browser, no telemetry, bound to
 * 127.0.0.1, its user and chats from `.m365agentsplayground.yml` in `cwd`, its log under `devTools/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PlaygroundOptions {
  botEndpoint: string;
  /** 56150 by default; 0 picks a free port. */
  port?: number;
  /** Where `.m365agentsplayground.yml` and `devTools/` are; the current directory by default. */
  cwd?: string;
  logFile?: string;
}

export interface Playground {
  url: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const require = createRequire(import.meta.url);

export const startPlayground = async (options: PlaygroundOptions): Promise<Playground> => {
  const cwd = options.cwd ?? process.cwd();
  const port = options.port === 0 ? await freePort() : (options.port ?? 56150);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      '--require', join(import.meta.dirname, 'loopback-only.cjs'),
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      '--app-endpoint', options.botEndpoint,
      '--channel-id', 'msteams',
      '--port', String(port),
      '--service-url', `${url}/_connector`,
      '--disable-telemetry',
    ],
    {
      cwd,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(cwd, '.m365agentsplayground.yml'),
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile ?? join(cwd, 'devTools', 'm365agentsplayground.log'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = () => stopChild(child);
  try {
    const listening = await waitForListening(child);
    // The CLI silently moves to a random port when ours is taken; its service URL would then be wrong.
    if (listening !== port) throw new Error(`Port ${port} is in use; stop whatever holds it or pass another port.`);
    await waitForHttp(url);
  } catch (error) {
    await stop();
    throw error;
  }
  child.stdout?.resume();
  child.stderr?.resume();
  return { url, stop };
};

const waitForListening = (child: ChildProcess): Promise<number> =>
  new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The Agents Playground did not start within ${STARTUP_TIMEOUT_MS / 1000} s.\n${output}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) done(() => resolve(Number(match[1])));
    };
    const onExit = (code: number | null) => fail(new Error(`The Agents Playground exited (code ${code}).\n${output}`));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      settle();
    };
    const fail = (error: Error) => done(() => reject(error));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });

const waitForHttp = async (url: string): Promise<void> => {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The Agents Playground did not answer at ${url}.`);
};

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
};

const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
};
