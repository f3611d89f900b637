import { sql } from 'kysely';
import { LocalCalendar } from '../../src/graph/local/local-calendar.js';
import { openStore } from '../../src/store/open-store.js';
import { calendarContract, type CalendarUnderTest } from '../support/calendar-contract.js';
import { DATABASES, type TestDatabase } from '../support/fresh-databases.js';

/** Changes from outside are made in the database by hand, as an operator would; answers as Teams would. */
const onDatabase = (database: TestDatabase) => async (): Promise<CalendarUnderTest> => {
  const fresh = await database.create();
  const store = await openStore(fresh.options);
  const calendar = new LocalCalendar(store.db);
  return {
    calendar,
    outside: {
      move: async (_organiser, eventId, time) => {
        await sql`update local_events set start_at = ${time.start}, end_at = ${time.end} where id = ${eventId}`.execute(store.db);
      },
      cancel: async (_organiser, eventId) => {
        await sql`update local_events set cancelled_at = now() where id = ${eventId}`.execute(store.db);
      },
      answer: (attendee, iCalUId, rsvp) => calendar.respond(attendee, iCalUId, rsvp),
    },
    cleanup: async () => {
      await store.close();
      await fresh.drop();
    },
  };
};

for (const database of DATABASES) {
  calendarContract(`LocalCalendar on ${database.name}`, onDatabase(database));
}
