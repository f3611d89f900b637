export { jobName } from './job-name.js';
export { APP_KEPT_MS, APP_LIMITS, CONVERSATION_KEPT_MS, CONVERSATION_LIMITS, earliestSend, MAX_ATTEMPTS, outcomeOf, retryDelayMs, sendMoment } from './send-limits.js';
export type { SendHistory, SendLimit, SendMoment, SendOutcome } from './send-limits.js';
