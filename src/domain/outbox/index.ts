export { jobName } from './job-name.js';
export { APP_LIMITS, CONVERSATION_LIMITS, earliestSend, MAX_ATTEMPTS, outcomeOf, retryDelayMs } from './send-limits.js';
export type { SendLimit, SendOutcome } from './send-limits.js';
