import type { Log } from './services/ports/index.js';

/**
 * A promise rejected with no handler would end Node (its default since v15). One stray rejection in a
 * background task must not take the bot down for everyone: it is logged as the bug it is, and survived.
 */
export const surviveUnhandledRejections = (log: Log): (() => void) => {
  const onRejection = (reason: unknown) => log.error({ err: String(reason) }, 'unhandled rejection');
  process.on('unhandledRejection', onRejection);
  return () => void process.off('unhandledRejection', onRejection);
};
