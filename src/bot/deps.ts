import type { CalendarPort, Log, Messenger, Store } from '../services/ports.js';
import type { Background } from './background.js';
import type { FileDelivery } from './file-delivery.js';

/** What the routes need, wired once in the composition root. */
export interface BotDeps {
  store: Store;
  calendar: CalendarPort;
  messenger: Messenger;
  background: Background;
  log: Log;
  now: () => string;
  files: FileDelivery;
}
