export type { ChangePlan, PlannedChange, SessionTarget } from './change-plan.js';
export { isMove, peopleChange, targetOf } from './change-plan.js';
export type { ReplanScope } from './replan-scope.js';
export { replanScope } from './replan-scope.js';
export type { Placement } from './plan-changes.js';
export { planChanges, toPlace } from './plan-changes.js';
export { stayingHold } from './staying.js';
