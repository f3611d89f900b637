export { SETTINGS } from './on-site.js';
export type { Coverage, HeldSession, OnSite, OnSiteKind, OnSitePlan, OnSiteSession, PlacedFixed, PlacedSession } from './on-site.js';
export { sessionValue } from './objective.js';
export { planOnSite } from './plan-on-site.js';
export { readOnSite } from './read-on-site.js';
