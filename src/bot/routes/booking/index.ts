export { finishBookingCommand, statusCommand } from './booking-commands.js';
export { PlansUnderWay } from './plans-under-way.js';
export { addProposalActionRoutes } from './proposal-actions.js';
export { bookUnderNewCard } from './booking-in-background.js';
export { reviewChanges, scheduleCaseReviews, scheduleOnSite } from './schedule-commands.js';
export { addCommand, cancelCommand, moveCommand } from './change-commands.js';
