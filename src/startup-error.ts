/** A reason the bot cannot start that the person starting it can fix: printed as its one line, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** The end of a start that failed: one line for a reason the person can fix, the stack only for a bug. */
export const exitOnStartFailure = (error: unknown): never => {
  console.error(error instanceof StartupError ? `Convene cannot start: ${error.message}` : error);
  process.exit(1);
};
