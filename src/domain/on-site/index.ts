export { GRID_MINUTES, SETTINGS } from './on-site.js';
export { checkOnSitePlan } from './check.js';
export type { Coverage, HeldSession, OnSite, OnSiteKind, OnSitePlan, OnSiteSession, PlacedFixed, PlacedSession } from './on-site.js';
export { sessionValue } from './objective.js';
export { eligiblePeers } from './model.js';
export { placeFixed, planOnSite } from './plan-on-site.js';
export { readOnSite } from './read-on-site.js';
export { KIND_WORDS } from './reasons.js';
export { onSiteCoverage } from './coverage.js';
