/** `npm run bot`: the bot alone, configured from the environment (production and tests). */
import { readConfig } from './config.js';
import { startConvene } from './convene.js';
import { exitOnStartFailure } from './startup-error.js';

const convene = await Promise.resolve()
  .then(() => startConvene(readConfig(process.env)))
  .catch(exitOnStartFailure);
const stop = async () => {
  await convene.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
