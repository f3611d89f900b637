import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphCalendar } from '../../src/graph/graph-calendar.js';
import { calendarContract, type CalendarUnderTest } from '../support/calendar-contract.js';
import { startGraphServer } from '../support/graph-server.js';
import { staticCredential } from '../support/graph-server-credential.js';

const RESPONSE = { accepted: 'accepted', tentative: 'tentativelyAccepted', declined: 'declined' } as const;

/** Two events a page, so that listing and changes take several pages. */
const onGraphServer = async (): Promise<CalendarUnderTest> => {
  const server = await startGraphServer();
  const client = createGraphClient({ baseUrl: server.baseUrl, credential: staticCredential() });
  const { outlook } = server;
  return {
    calendar: new GraphCalendar(client, { pageSize: 2 }),
    outside: {
      move: async (organiser, eventId, time) => outlook.move(organiser, eventId, time),
      cancel: async (organiser, eventId) => outlook.cancel(organiser, eventId),
      answer: async (attendee, iCalUId, rsvp) => outlook.answer(attendee, iCalUId, RESPONSE[rsvp]),
    },
    cleanup: () => server.close(),
  };
};

calendarContract('GraphCalendar on the Graph test server', onGraphServer);
