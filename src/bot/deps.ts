import type { DemoDates } from '../services/reviews/index.js';
import type { Admins } from '../services/shared/index.js';
import type { TurnContext } from 'botbuilder';
import type { Planner } from '../services/ports/index.js';
import type { Outbox } from '../services/outbox/index.js';
import type { CalendarPort, Log, Mailer, Messenger, Store } from '../services/ports/index.js';
import type { TimetableLinks } from '../web/page-links.js';
import type { AttachmentPolicy } from './files/attachment-policy.js';
import type { Background } from './background.js';
import type { FileDelivery } from './files/file-delivery.js';
import type { ChatPoster } from './messenger.js';
import type { PlansUnderWay } from './routes/booking/plans-under-way.js';

/** What the routes need, wired once in the composition root. */
export interface BotDeps {
  store: Store;
  calendar: CalendarPort;
  planner: Planner;
  messenger: Messenger & ChatPoster;
  outbox: Outbox;
  mailer?: Mailer;
  background: Background;
  log: Log;
  now: () => string;
  files: FileDelivery;
  /** Where attached files may be downloaded from, and for how long. */
  attachments: AttachmentPolicy;
  /** The demo's dates as `npm start` moved them: the demo's file imported again is moved as far. */
  demoDates?: DemoDates;
  admins?: Admins;
}

/** A chat command's handler also gets what lives as long as the app: the plans under way, the timetable's links. */
export interface CommandDeps extends BotDeps {
  plans: PlansUnderWay;
  links: TimetableLinks;
}

/** `email` is the sender's, settled before the handler runs; `rest` is the message after the command's words. */
export type CommandHandler = (deps: CommandDeps, context: TurnContext, email: string, rest: string) => Promise<unknown>;
