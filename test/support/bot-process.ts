/**
 * The bot as production runs it, `src/index.ts` in a process of its own, so that a test can see whether a
 * request ends the process, and can kill it (SIGKILL) at a chosen moment and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BotProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Everything it wrote to stdout (its log) so far. */
  stdout(): string;
  /** Resolves with the exit code (or signal) once it has ended. */
  exited: Promise<number | string>;
  kill(): Promise<void>;
}

/** `dist/index.js`, as `npm run build` leaves it and production runs it, rather than the source under tsx. */
export interface BotEntry {
  built?: boolean;
}

/** Runs `src/index.ts` with this environment only (plus PATH), and resolves once it is listening. */
export const startBotProcess = async (env: Record<string, string>, entry: BotEntry = {}): Promise<BotProcess> => {
  const started = runBotProcess(env, entry);
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    started.child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const listening = /"url":"(http:[^"]+)"[^\n]*"msg":"Convene is listening"/.exec(buffered);
      if (listening) resolve(listening[1]!);
    });
    void started.exited.then((code) => reject(new Error(`the bot exited (${code}) before listening: ${started.stderr()}`)));
  });
  return { ...started, url };
};

/** Every bot this test process started: should the test process end without killing one, it goes too. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Runs `src/index.ts` without waiting for it: for starts that are meant to fail. */
export const runBotProcess = (env: Record<string, string>, { built = false }: BotEntry = {}): Omit<BotProcess, 'url'> => {
  const child = spawn(process.execPath, built ? ['dist/index.js'] : ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'info', TICK_SECONDS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return {
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
};
