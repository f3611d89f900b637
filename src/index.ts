/** `npm run bot`: the bot alone, configured from the environment (production and tests). */
import { readConfig } from './config.js';
import { startConvene } from './convene.js';

const convene = await startConvene(readConfig(process.env));
const stop = async () => {
  await convene.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
