import { LocalCalendar } from '../../src/graph/local-calendar.js';
import { openStore } from '../../src/store/open-store.js';
import { calendarContract } from '../support/calendar-contract.js';

calendarContract('LocalCalendar on PGlite', async () => {
  const store = await openStore({});
  return { calendar: new LocalCalendar(store.db), cleanup: () => store.close() };
});
