export { syncCalendars, syncOrganiser } from './sync-organiser.js';
export type { SyncOutcome } from './sync-organiser.js';
export type { Synced } from './follow-changes.js';
export type { CalendarSyncDeps } from './session-changed.js';
export { currentStatus, statusNow } from './current-status.js';
