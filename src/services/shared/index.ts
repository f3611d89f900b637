export { FIRST_USER, audienceOf, isProjectTeam, projectTeamOnly } from './access.js';
export { Admins, adminsOnEveryTeam } from './admins.js';
export type { AdminsSetting } from './admins.js';
export { hashToken, newToken } from './capability.js';
export { currentReview } from './current-review.js';
export { identifyPerson } from './identify-person.js';
export { tooLong } from './too-long.js';
export { forEveryReview } from './every-review.js';
export { calendarKey, holdCalendar } from './calendar-hold.js';
