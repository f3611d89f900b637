export { proposeChanges } from './propose-changes.js';
export type { ChangesPlanning } from './propose-changes.js';
