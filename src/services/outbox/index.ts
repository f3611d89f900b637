export { Outbox } from './outbox.js';
export type { OutboxDeps } from './outbox.js';
export { SendPacer } from './send-pacer.js';
