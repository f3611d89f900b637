import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { calendarContract } from '../support/calendar-contract.js';
import { startGraphServer } from '../support/graph-server.js';
import { staticCredential } from '../support/graph-server-credential.js';

calendarContract('GraphCalendar on the Graph test server', async () => {
  const server = await startGraphServer();
  const client = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential() });
  return { calendar: new GraphCalendar(client), cleanup: () => server.close() };
});
