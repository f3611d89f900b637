import type { Planner } from '../services/ports/index.js';
import type { CalendarPort, Log, Messenger, Store } from '../services/ports/index.js';
import type { AttachmentPolicy } from './files/attachment-policy.js';
import type { Background } from './background.js';
import type { FileDelivery } from './files/file-delivery.js';
import type { ChatPoster } from './messenger.js';

/** What the routes need, wired once in the composition root. */
export interface BotDeps {
  store: Store;
  calendar: CalendarPort;
  planner: Planner;
  messenger: Messenger & ChatPoster;
  background: Background;
  log: Log;
  now: () => string;
  files: FileDelivery;
  /** Where attached files may be downloaded from, and for how long. */
  attachments: AttachmentPolicy;
}
