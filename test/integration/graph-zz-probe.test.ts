import { LocalCalendar } from '../../src/graph/local-calendar.js';
import { openDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrations/index.js';
import { calendarContract } from '../support/calendar-contract.js';

calendarContract('LocalCalendar probe', async () => {
  const db = await openDatabase({});
  await migrateToLatest(db);
  return { calendar: new LocalCalendar(db), cleanup: () => db.destroy() };
});
