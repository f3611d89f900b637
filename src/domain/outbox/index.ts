export { jobName } from './job-name.js';
export { progressTurn, REPLACED } from './progress-updates.js';
export type { ProgressShown, ProgressTurn, ProgressUpdate } from './progress-updates.js';
export { APP_KEPT_MS, APP_LIMITS, CONVERSATION_KEPT_MS, CONVERSATION_LIMITS, earliestSend, MAX_ATTEMPTS, outcomeOf, retryDelayMs, sendMoment } from './send-limits.js';
export type { SendHistory, SendLimit, SendMoment, SendOutcome } from './send-limits.js';
