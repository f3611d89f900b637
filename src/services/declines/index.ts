export { declineChoices, otherTimes } from './decline-choices.js';
export type { DeclineChoices } from './decline-choices.js';
export { DECLINE_CHOICES, settleDecline } from './settle-decline.js';
export type { DeclineChoice, SettleInput } from './settle-decline.js';
