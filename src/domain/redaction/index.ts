export { nameFromEmail, personalName } from './personal-name.js';
export { redact } from './redact.js';
export type { Redacted, RedactionKind } from './redact.js';
