export { handleNotices } from './handle-notices.js';
export type { Handled } from './handle-notices.js';
export { keepSubscriptions } from './keep-subscriptions.js';
export type { Kept } from './keep-subscriptions.js';
export type { SubscriptionDeps } from './subscription-deps.js';
