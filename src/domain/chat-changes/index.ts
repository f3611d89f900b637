export { namedSession } from './named-session.js';
export { SESSION_FORMS, withSessionAdded } from './session-added.js';
export type { SessionAdded } from './session-added.js';
