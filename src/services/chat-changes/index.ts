export { addSession } from './add-session.js';
export { proposeCancel } from './cancel-session.js';
export { moveChoices, proposeMove } from './move-session.js';
export type { MoveChoices, MoveInput } from './move-session.js';
export type { Proposed } from './one-change.js';
