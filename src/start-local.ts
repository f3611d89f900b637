/**
 * `npm start`: the bot in local mode with the embedded database, the local calendar and the demo review,
 * and the Microsoft 365 Agents Playground pointed at it. Environment variables still override everything.
 */
import { readConfig } from './config.js';
import { startConvene } from './convene.js';
import { startPlayground } from './dev/playground.js';
import { exitOnStartFailure } from './startup-error.js';

const config = await Promise.resolve()
  .then(() => readConfig({ DEMO_REVIEW: 'examples/shropshire-2026.yaml', DEMO_REVIEW_AHEAD: 'true', ...process.env }))
  .catch(exitOnStartFailure);
const convene = await startConvene(config).catch(exitOnStartFailure);
const playground = await startPlayground({ botEndpoint: `${convene.url}/api/messages` });

console.log(`
  Convene is running (${config.localMode ? 'local mode' : 'with BOT_ID'}, ${config.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${config.DATA_DIR}`}, ${config.CALENDAR} calendar).

  Open the Agents Playground:  ${playground.url}
  You are Alex Rowan (project team). Try: help · schedule case reviews · schedule on-site · status · remind · timetable

  Press Ctrl+C to stop.
`);

const stop = async () => {
  await playground.stop();
  await convene.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
